package io.exaplan.sim;

/**
 * The shared bandwidth as it was first written, scanning every active writer on each event
 * (O(n)): the reference {@link SharedBandwidth} must agree with (SharedBandwidthTest).
 */
final class ScanningBandwidth {
  private final double capacity;
  private final int doneKind;
  private final double[] remaining;
  private final int[] active;
  private int n;
  private double last;
  private int generation;
  private int next = -1;
  private final double[] timeAt;

  ScanningBandwidth(double capacity, int subjects, int doneKind) {
    this.capacity = capacity;
    this.doneKind = doneKind;
    this.remaining = new double[subjects];
    this.active = new int[subjects];
    this.timeAt = new double[subjects + 1];
  }

  /** Writers active now. */
  int active() {
    return n;
  }

  /** Subject {@code s} starts writing {@code bytes}. */
  void start(EventQueue q, double now, int s, double bytes) {
    advance(now);
    remaining[s] = bytes;
    active[n++] = s;
    reschedule(q, now);
  }

  /** Subject {@code s} stops before finishing (its job failed). */
  void abort(EventQueue q, double now, int s) {
    advance(now);
    remove(s);
    reschedule(q, now);
  }

  /** Handles a completion event: the subject that finished, or -1 if the event was stale. */
  int complete(EventQueue q, double now, int tag) {
    if (tag != generation) {
      return -1;
    }
    advance(now);
    int s = next;
    remove(s);
    reschedule(q, now);
    return s;
  }

  /** Brings the concurrency statistics up to {@code end}. */
  void close(double end) {
    advance(end);
  }

  /** Seconds during which exactly k writers were active. */
  double secondsWith(int k) {
    return timeAt[k];
  }

  int maxWriters() {
    return timeAt.length - 1;
  }

  private void advance(double now) {
    double dt = now - last;
    if (dt > 0) {
      timeAt[n] += dt;
      if (n > 0) {
        double each = capacity / n * dt;
        for (int i = 0; i < n; i++) {
          remaining[active[i]] -= each;
        }
      }
      last = now;
    }
  }

  private void remove(int s) {
    for (int i = 0; i < n; i++) {
      if (active[i] == s) {
        System.arraycopy(active, i + 1, active, i, n - i - 1);
        n--;
        return;
      }
    }
    throw new IllegalStateException("subject " + s + " is not writing");
  }

  private void reschedule(EventQueue q, double now) {
    generation++;
    next = -1;
    if (n == 0) {
      return;
    }
    double least = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (remaining[active[i]] < least) {
        least = remaining[active[i]];
        next = active[i];
      }
    }
    q.push(now + Math.max(0, least) / (capacity / n), doneKind, next, generation);
  }
}
