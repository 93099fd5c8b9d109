package io.exaplan.sim;

import java.util.Arrays;

/**
 * The future-event list of a next-event time-advance simulation (the event-scheduling world
 * view of Law, "Simulation Modeling and Analysis", 5th ed., McGraw-Hill 2015, section 1.3.1;
 * Banks, Carson, Nelson and Nicol, "Discrete-Event System Simulation", 5th ed., section 3.1.3):
 * a binary min-heap of primitive events, each a time, a kind, a subject and a tag.
 *
 * <p>Why primitive parallel arrays and not a {@code PriorityQueue<Event>}: the hot loop then
 * allocates nothing and boxes nothing, which is what lets one core execute millions of events a
 * second. Events at the same time leave in the order they were scheduled (a sequence number
 * breaks ties), so a run is a pure function of its seed. Cancelling is lazy: a handler compares
 * the popped event's tag with the subject's current generation and ignores stale ones
 * (the usual "invalidate, don't delete" idiom; deleting from the middle of a heap is O(n)).
 *
 * <p>Layout: the sort key of slot i, (time, sequence), sits in {@code key[2i]} and
 * {@code key[2i+1]} so one cache line serves a comparison; times are stored as their IEEE 754 bit
 * patterns, which order like signed longs for non-negative doubles (the clock never runs below
 * zero). Kind, subject and tag are packed into one long beside it.
 */
public final class EventQueue {
  /** Subjects fit in 24 bits and kinds in 8, packed with the tag into one long. */
  public static final int MAX_SUBJECT = (1 << 24) - 1;
  public static final int MAX_KIND = 255;

  private long[] key;
  private long[] payload;
  private int size;
  private long nextSeq;

  /** The event last removed by {@link #pop()}. */
  private double popTime;
  private long popPayload;

  public EventQueue(int initialCapacity) {
    int n = Math.max(4, initialCapacity);
    key = new long[2 * n];
    payload = new long[n];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Time of the next event; only valid when not empty. */
  public double peekTime() {
    return Double.longBitsToDouble(key[0]);
  }

  /**
   * Schedules an event at a time of zero or more. An infinite time is "never" (a transfer at a
   * rate so small that it cannot end, say 1e-300 B/s): such an event is not kept, as if it lay
   * past every horizon. A tag is a generation counter; 32 bits are plenty because only equality
   * matters.
   */
  public void push(double t, int kind, int subject, int tag) {
    if (!(t >= 0) || subject < 0 || subject > MAX_SUBJECT || kind < 0 || kind > MAX_KIND) {
      throw new IllegalArgumentException("event at " + t + ", kind " + kind + ", subject "
          + subject + " out of range");
    }
    if (t == Double.POSITIVE_INFINITY) {
      return;
    }
    if (size == payload.length) {
      key = Arrays.copyOf(key, key.length * 2);
      payload = Arrays.copyOf(payload, payload.length * 2);
    }
    long tb = Double.doubleToRawLongBits(t + 0.0); // + 0.0 turns -0.0 into 0.0
    long q = nextSeq++;
    long p = ((long) tag << 32) | ((long) kind << 24) | subject;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long pt = key[2 * parent];
      long pq = key[2 * parent + 1];
      if (tb > pt || (tb == pt && q > pq)) {
        break;
      }
      key[2 * i] = pt;
      key[2 * i + 1] = pq;
      payload[i] = payload[parent];
      i = parent;
    }
    key[2 * i] = tb;
    key[2 * i + 1] = q;
    payload[i] = p;
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #kind()}, ... */
  public void pop() {
    popTime = Double.longBitsToDouble(key[0]);
    popPayload = payload[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    long t = key[2 * last];
    long q = key[2 * last + 1];
    long p = payload[last];
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      long ct = key[2 * child];
      long cq = key[2 * child + 1];
      if (right < last) {
        long rt = key[2 * right];
        long rq = key[2 * right + 1];
        if (rt < ct || (rt == ct && rq < cq)) {
          child = right;
          ct = rt;
          cq = rq;
        }
      }
      if (t < ct || (t == ct && q < cq)) {
        break;
      }
      key[2 * i] = ct;
      key[2 * i + 1] = cq;
      payload[i] = payload[child];
      i = child;
    }
    key[2 * i] = t;
    key[2 * i + 1] = q;
    payload[i] = p;
  }

  public double time() {
    return popTime;
  }

  public int kind() {
    return (int) (popPayload >>> 24) & MAX_KIND;
  }

  public int subject() {
    return (int) popPayload & MAX_SUBJECT;
  }

  public int tag() {
    return (int) (popPayload >>> 32);
  }

  /** Forgets every event; capacity is kept so a reused queue does not allocate again. */
  public void clear() {
    size = 0;
    nextSeq = 0;
  }
}
