package io.exaplan.config;

/** Where a value came from: a file (or "built-in:..." resource) with 1-based line and column. */
public record Location(String file, int line, int column) {
  /** A value given on the command line: messages name the flag ("--read") alone. */
  public static Location flag(String name) {
    return new Location(name, 0, 0);
  }

  /** True for a value given by a command-line flag ({@link #flag}). */
  public boolean isFlag() {
    return line <= 0 && file.startsWith("-");
  }

  @Override
  public String toString() {
    return line <= 0 ? file : file + ":" + line + ":" + column;
  }
}
