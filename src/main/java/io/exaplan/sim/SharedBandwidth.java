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
 * <p>Each event costs O(log n) at worst, however many writers are active: instead of taking each
 * share off every writer, the server keeps the bytes one writer has been served since the last
 * idle moment, {@code served} (the "virtual time" of processor sharing: it grows at capacity / n),
 * and each writer its finish tag, {@code served} at its start plus its bytes; what a writer has
 * left is its tag minus {@code served}. The writer with the least left is the one with the least
 * tag (ties: the one that started first).
 *
 * <p>Where the writers wait: {@code served} only grows, so writers of equal bytes (every
 * checkpoint of a site is the same size) get their tags in the order they start, and the first
 * started is the first to finish. A writer whose tag is not below the last one queued is appended
 * to a FIFO ring, in O(1); any other goes to an indexed binary min-heap. The next to finish is the
 * earlier of the ring's first live writer and the heap's top. An aborted writer leaves the heap
 * from the middle in O(log n) and the ring lazily: its entry is skipped when it reaches the
 * front (its subject no longer writes, or writes again under a later start order).
 *
 * <p>Layout: what an event reads of one writer (its finish tag, start order and place) lies side
 * by side in one {@code long[]}, four longs a subject, so a comparison or a liveness check touches
 * one cache line of that writer instead of one in each of three arrays; with 10,000 jobs those
 * arrays outgrow the core's L2 cache and every such line was a miss.
 *
 * <p>It also keeps how long k writers were active at once, for the demand percentiles.
 */
final class SharedBandwidth {
  private final double capacity;
  private final int doneKind;

  /** Bytes served to each active writer since the server was last idle. */
  private double served;
  /**
   * Per subject s, at {@code 4 s}: its finish tag (raw bits), start order (both valid while it
   * writes) and slot: where it sits in the heap, -1 (not writing) or {@link #IN_RING}.
   */
  private final long[] w;
  private static final int FINISH = 0;
  private static final int ORDER = 1;
  private static final int SLOT = 2;
  private long started;
  /** Min-heap of subjects by (finish, order). */
  private final int[] heap;
  private int heapSize;
  /** Writers active now: those in the heap and the live ones in the ring. */
  private int n;

  private static final int IN_RING = -2;
  /** Ring of (subject, start order) by (finish, order), a power of two long; some entries dead. */
  private int[] ringSubject = new int[16];
  private long[] ringOrder = new long[16];
  private int ringHead;
  private int ringCount;
  /** Finish tag of the last writer appended to the ring. */
  private double ringLast;

  private double last;
  private int generation;
  private final double[] timeAt;

  SharedBandwidth(double capacity, int subjects, int doneKind) {
    this.capacity = capacity;
    this.doneKind = doneKind;
    this.w = new long[4 * subjects];
    for (int s = 0; s < subjects; s++) {
      w[4 * s + SLOT] = -1;
    }
    this.heap = new int[subjects];
    this.timeAt = new double[subjects + 1];
  }

  /** Writers active now. */
  int active() {
    return n;
  }

  /** Subject {@code s} starts writing {@code bytes}. */
  void start(EventQueue q, double now, int s, double bytes) {
    if (slot(s) != -1) {
      throw new IllegalStateException("subject " + s + " is already writing");
    }
    advance(now);
    double tag = served + bytes;
    w[4 * s + FINISH] = Double.doubleToRawLongBits(tag);
    long o = started++;
    w[4 * s + ORDER] = o;
    n++;
    if (ringCount == 0 || tag >= ringLast) {
      append(s, o, tag);
    } else {
      heap[heapSize] = s;
      slot(s, heapSize);
      up(heapSize++);
    }
    reschedule(q, now);
  }

  private void append(int s, long o, double tag) {
    if (ringCount == ringSubject.length) {
      int[] subjects = new int[2 * ringCount];
      long[] orders = new long[2 * ringCount];
      for (int i = 0; i < ringCount; i++) {
        int from = (ringHead + i) & (ringCount - 1);
        subjects[i] = ringSubject[from];
        orders[i] = ringOrder[from];
      }
      ringSubject = subjects;
      ringOrder = orders;
      ringHead = 0;
    }
    int at = (ringHead + ringCount++) & (ringSubject.length - 1);
    ringSubject[at] = s;
    ringOrder[at] = o;
    ringLast = tag;
    slot(s, IN_RING);
  }

  /** The active writer that finishes first (skips the ring's dead entries); -1 if none. */
  private int first() {
    while (ringCount > 0) {
      int s = ringSubject[ringHead];
      if (slot(s) == IN_RING && w[4 * s + ORDER] == ringOrder[ringHead]) {
        break;
      }
      ringHead = (ringHead + 1) & (ringSubject.length - 1);
      ringCount--;
    }
    if (ringCount == 0) {
      return heapSize == 0 ? -1 : heap[0];
    }
    int r = ringSubject[ringHead];
    return heapSize == 0 || before(r, heap[0]) ? r : heap[0];
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
    int s = first();
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
    int i = slot(s);
    if (i == -1) {
      throw new IllegalStateException("subject " + s + " is not writing");
    }
    slot(s, -1); // a ring entry is now dead, and skipped when it comes to the front
    n--;
    if (i >= 0) {
      int moved = heap[--heapSize];
      if (i < heapSize) {
        heap[i] = moved;
        slot(moved, i);
        if (i > 0 && before(moved, heap[(i - 1) >>> 1])) {
          up(i);
        } else {
          down(i);
        }
      }
    }
    if (n == 0) {
      served = 0; // idle: every tag is gone, so start counting afresh (keeps the sums small)
      ringCount = 0;
    }
  }

  private void reschedule(EventQueue q, double now) {
    generation++;
    if (n == 0) {
      return;
    }
    int s = first();
    double least = finish(s) - served;
    q.push(now + Math.max(0, least) / (capacity / n), doneKind, s, generation);
  }

  /** True when subject a finishes before b: the smaller tag, or the same and started first. */
  private boolean before(int a, int b) {
    double fa = finish(a);
    double fb = finish(b);
    return fa < fb || (fa == fb && w[4 * a + ORDER] < w[4 * b + ORDER]);
  }

  private double finish(int s) {
    return Double.longBitsToDouble(w[4 * s + FINISH]);
  }

  private int slot(int s) {
    return (int) w[4 * s + SLOT];
  }

  private void slot(int s, int i) {
    w[4 * s + SLOT] = i;
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
      slot(p, i);
      i = parent;
    }
    heap[i] = s;
    slot(s, i);
  }

  private void down(int i) {
    int s = heap[i];
    int half = heapSize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < heapSize && before(heap[right], heap[child])) {
        child = right;
      }
      int c = heap[child];
      if (!before(c, s)) {
        break;
      }
      heap[i] = c;
      slot(c, i);
      i = child;
    }
    heap[i] = s;
    slot(s, i);
  }
}
