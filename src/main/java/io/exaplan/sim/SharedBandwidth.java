package io.exaplan.sim;

/**
 * One write bandwidth shared by the transfers active at the moment, as a fluid
 * processor-sharing server (Kleinrock, "Time-shared systems: a theoretical treatment", JACM 14,
 * 1967): n active writers each get capacity / n, which is also the max-min fair allocation when
 * no writer has a lower limit of its own (Bertsekas and Gallager, "Data Networks", 2nd ed.,
 * section 6.5.2). Under equal shares every transfer drains at the same rate, so only the one
 * with the least left can finish next: each change schedules a single completion event and
 * invalidates the previous one by bumping a generation, instead of rescheduling every writer.
 *
 * <p>Each event costs O(log n), however many writers are active: instead of taking each share
 * off every writer, the server keeps the bytes one writer has been served since the last idle
 * moment, {@code served} (the "virtual time" of processor sharing: it grows at capacity / n), and
 * each writer its finish tag, {@code served} at its start plus its bytes; what a writer has left
 * is its tag minus {@code served}. The writer with the least left is the one with the least tag,
 * kept at the top of an indexed binary min-heap (ties: the one that started first), which also
 * removes an aborted writer from the middle in O(log n).
 *
 * <p>It also keeps how long k writers were active at once, for the demand percentiles.
 */
final class SharedBandwidth {
  private final double capacity;
  private final int doneKind;

  /** Bytes served to each active writer since the server was last idle. */
  private double served;
  /** Finish tag and start order of each subject (valid while it writes). */
  private final double[] finish;
  private final long[] order;
  private long started;
  /** Min-heap of the active subjects by (finish, order); where each subject sits, or -1. */
  private final int[] heap;
  private final int[] slot;
  private int n;

  private double last;
  private int generation;
  private final double[] timeAt;

  SharedBandwidth(double capacity, int subjects, int doneKind) {
    this.capacity = capacity;
    this.doneKind = doneKind;
    this.finish = new double[subjects];
    this.order = new long[subjects];
    this.heap = new int[subjects];
    this.slot = new int[subjects];
    java.util.Arrays.fill(slot, -1);
    this.timeAt = new double[subjects + 1];
  }

  /** Writers active now. */
  int active() {
    return n;
  }

  /** Subject {@code s} starts writing {@code bytes}. */
  void start(EventQueue q, double now, int s, double bytes) {
    if (slot[s] >= 0) {
      throw new IllegalStateException("subject " + s + " is already writing");
    }
    advance(now);
    finish[s] = served + bytes;
    order[s] = started++;
    heap[n] = s;
    slot[s] = n;
    up(n++);
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
    int s = heap[0];
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
        served += capacity / n * dt;
      }
      last = now;
    }
  }

  private void remove(int s) {
    int i = slot[s];
    if (i < 0) {
      throw new IllegalStateException("subject " + s + " is not writing");
    }
    slot[s] = -1;
    int moved = heap[--n];
    if (i < n) {
      heap[i] = moved;
      slot[moved] = i;
      if (i > 0 && before(moved, heap[(i - 1) >>> 1])) {
        up(i);
      } else {
        down(i);
      }
    }
    if (n == 0) {
      served = 0; // idle: every tag is gone, so start counting afresh (keeps the sums small)
    }
  }

  private void reschedule(EventQueue q, double now) {
    generation++;
    if (n == 0) {
      return;
    }
    double least = finish[heap[0]] - served;
    q.push(now + Math.max(0, least) / (capacity / n), doneKind, heap[0], generation);
  }

  /** True when subject a finishes before b: the smaller tag, or the same and started first. */
  private boolean before(int a, int b) {
    return finish[a] < finish[b] || (finish[a] == finish[b] && order[a] < order[b]);
  }

  private void up(int i) {
    int s = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (!before(s, p)) {
        break;
      }
      heap[i] = p;
      slot[p] = i;
      i = parent;
    }
    heap[i] = s;
    slot[s] = i;
  }

  private void down(int i) {
    int s = heap[i];
    int half = n >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < n && before(heap[right], heap[child])) {
        child = right;
      }
      int c = heap[child];
      if (!before(c, s)) {
        break;
      }
      heap[i] = c;
      slot[c] = i;
      i = child;
    }
    heap[i] = s;
    slot[s] = i;
  }
}
