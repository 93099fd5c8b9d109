package io.exaplan.config;

/**
 * An output could not be written (a full disk, a lost mount, no permission). The CLI maps it to
 * exit code {@value #EXIT} and prints only {@link #getMessage()}, one line naming the flag and the
 * file; the writer has already removed its temp file and left any earlier file untouched.
 */
public final class OutputException extends RuntimeException {
  /** The exit code of a failed write, distinct from bad input (2) and a bug (1). */
  public static final int EXIT = 3;

  public OutputException(String message, Throwable cause) {
    super(Echo.line(message), cause, false, false);
  }
}
