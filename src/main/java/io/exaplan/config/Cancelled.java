package io.exaplan.config;

/**
 * Long work (a simulation, an optimiser search) stopped because its thread was interrupted: the
 * web server cancels a request past its deadline this way, so the work ends instead of running
 * on with nobody waiting for it. Not a user mistake and not a bug: nothing is reported to the
 * user beyond what the caller that interrupted says.
 */
public final class Cancelled extends RuntimeException {
  public Cancelled(String what) {
    super(what + " cancelled", null, false, false);
  }

  /** Throws when the current thread has been interrupted (the flag stays set). */
  public static void check(String what) {
    if (Thread.currentThread().isInterrupted()) {
      throw new Cancelled(what);
    }
  }
}
