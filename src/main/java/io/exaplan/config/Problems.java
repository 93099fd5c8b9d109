package io.exaplan.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while binding one input, so a user sees them all at once
 * (up to {@link #CAP}) instead of fixing a file one error per run.
 */
public final class Problems {
  /** More than this many problems are summarised: past that point they are usually one root cause. */
  public static final int CAP = 20;

  private record Entry(Location at, String line) {}

  /** File order: by file, line and column; problems without a location last. */
  private static final java.util.Comparator<Entry> ORDER = java.util.Comparator.comparing(
      (Entry e) -> e.at() == null, Boolean::compare)
      .thenComparing(e -> e.at() == null ? "" : e.at().file())
      .thenComparingInt(e -> e.at() == null ? 0 : e.at().line())
      .thenComparingInt(e -> e.at() == null ? 0 : e.at().column());

  private final List<Entry> lines = new ArrayList<>();
  private int dropped;

  /**
   * Records "file:line:col: path: message" ("file:line:col: message" for the document itself);
   * a value given by a flag is named by the flag alone ("--tp: message"), the flag being the
   * user's own word for the key.
   */
  public void add(Location at, String path, String message) {
    boolean flag = at != null && at.isFlag();
    add(at, at + ": " + (path.isEmpty() || flag ? "" : path + ": ") + message);
  }

  /** Records a problem that has no single location (a rule across files). */
  public void add(String line) {
    add(null, line);
  }

  private void add(Location at, String line) {
    if (lines.size() < CAP) {
      lines.add(new Entry(at, line));
    } else {
      dropped++;
    }
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Throws an {@link InputException} holding everything collected, if anything was. */
  public void throwIfAny() {
    if (lines.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>();
    lines.stream().sorted(ORDER).forEach(e -> all.add(e.line()));
    if (dropped > 0) {
      all.add("... and " + dropped + " more problem(s)");
    }
    throw new InputException(all);
  }
}
