package io.exaplan.config;

/** Where a value came from: a file (or "built-in:..." resource) with 1-based line and column. */
public record Location(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
