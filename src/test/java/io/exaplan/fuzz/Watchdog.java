package io.exaplan.fuzz;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Runs each fuzz case on a worker thread with a time limit, so a case that hangs (a FIFO read, an
 * endless search) is reported as a hang instead of stalling the whole run, and counts the cases
 * slower than {@link #SLOW_SECONDS}: bounded work for any input is a property like any other.
 * "Slower" is measured in the process's CPU time, so a busy machine (other builds on the same
 * cores) does not make a case slow; a hang is measured on the wall clock.
 */
final class Watchdog {
  /** Any case slower than this is a failure (the independent attack's threshold). */
  static final int SLOW_SECONDS = 5;
  /** A case still running after this is given up as a hang (and interrupted). */
  static final int HANG_SECONDS = 60;

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz-case");
    t.setDaemon(true);
    return t;
  });
  private ExecutorService current = worker;
  private int hangs;
  private int slow;
  private boolean lastSlow;
  private double slowest;
  private String slowestCase = "";

  /** The case's exit code, or null when it hung. */
  Integer run(int c, List<String> args, IntSupplier work) throws Exception {
    long t0 = cpuNanos();
    Future<Integer> f = current.submit(work::getAsInt);
    Integer code;
    try {
      code = f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      hangs++;
      // the hung thread may never return: later cases get a fresh worker
      current = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
      });
      code = null;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw new IllegalStateException(e.getCause());
    }
    double seconds = (cpuNanos() - t0) / 1e9;
    lastSlow = seconds > SLOW_SECONDS;
    if (lastSlow) {
      slow++;
    }
    if (seconds > slowest) {
      slowest = seconds;
      String line = String.join(" ", args).replaceAll("\\s+", " ");
      slowestCase = "(case " + c + " " + line.substring(0, Math.min(160, line.length())) + ")";
    }
    return code;
  }

  /** CPU time of the whole process (every thread: a simulation runs on its own pool). */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return System.nanoTime();
  }

  boolean wasSlow() {
    return lastSlow;
  }

  int hangs() {
    return hangs;
  }

  int slow() {
    return slow;
  }

  double slowestSeconds() {
    return slowest;
  }

  String slowestCase() {
    return slowestCase;
  }
}
