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

  private final List<String> lines = new ArrayList<>();
  private int dropped;

  /** Records "file:line:col: path: message" ("file:line:col: message" for the document itself). */
  public void add(Location at, String path, String message) {
    add(at + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  public void add(String line) {
    if (lines.size() < CAP) {
      lines.add(line);
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
    List<String> all = new ArrayList<>(lines);
    if (dropped > 0) {
      all.add("... and " + dropped + " more problem(s)");
    }
    throw new InputException(all);
  }
}
