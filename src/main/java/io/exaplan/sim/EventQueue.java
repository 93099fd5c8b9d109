package io.exaplan.sim;

import java.util.Arrays;

/**
 * The future-event list of a next-event time-advance simulation (the event-scheduling world
 * view of Law, "Simulation Modeling and Analysis", 5th ed., McGraw-Hill 2015, section 1.3.1;
 * Banks, Carson, Nelson and Nicol, "Discrete-Event System Simulation", 5th ed., section 3.1.3):
 * a binary min-heap of primitive events, each a time, a kind, a subject and a tag (the last
 * three packed into one long, so a sift moves three array slots, not five).
 *
 * <p>Why primitive parallel arrays and not a {@code PriorityQueue<Event>}: the hot loop then
 * allocates nothing and boxes nothing, which is what lets one core execute millions of events a
 * second. Events at the same time leave in the order they were scheduled (a sequence number
 * breaks ties), so a run is a pure function of its seed. Cancelling is lazy: a handler compares
 * the popped event's tag with the subject's current generation and ignores stale ones
 * (the usual "invalidate, don't delete" idiom; deleting from the middle of a heap is O(n)).
 */
public final class EventQueue {
  /** Subjects fit in 24 bits and kinds in 8, packed with the tag into one long. */
  public static final int MAX_SUBJECT = (1 << 24) - 1;
  public static final int MAX_KIND = 255;

  private double[] time;
  private long[] seq;
  private long[] payload;
  private int size;
  private long nextSeq;

  /** The event last removed by {@link #pop()}. */
  private double popTime;
  private long popPayload;

  public EventQueue(int initialCapacity) {
    int n = Math.max(4, initialCapacity);
    time = new double[n];
    seq = new long[n];
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
    return time[0];
  }

  /**
   * Schedules an event; times must be finite (an infinite time is "never": don't schedule it).
   * A tag is a generation counter; 32 bits are plenty because only equality matters.
   */
  public void push(double t, int kind, int subject, int tag) {
    if (subject < 0 || subject > MAX_SUBJECT || kind < 0 || kind > MAX_KIND) {
      throw new IllegalArgumentException("kind " + kind + " / subject " + subject
          + " out of range");
    }
    if (size == time.length) {
      grow();
    }
    long q = nextSeq++;
    long p = ((long) tag << 32) | ((long) kind << 24) | subject;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double pt = time[parent];
      if (t > pt || (t == pt && q > seq[parent])) {
        break;
      }
      time[i] = pt;
      seq[i] = seq[parent];
      payload[i] = payload[parent];
      i = parent;
    }
    time[i] = t;
    seq[i] = q;
    payload[i] = p;
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #kind()}, ... */
  public void pop() {
    popTime = time[0];
    popPayload = payload[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    double t = time[last];
    long q = seq[last];
    long p = payload[last];
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      double ct = time[child];
      if (right < last) {
        double rt = time[right];
        if (rt < ct || (rt == ct && seq[right] < seq[child])) {
          child = right;
          ct = rt;
        }
      }
      if (t < ct || (t == ct && q < seq[child])) {
        break;
      }
      time[i] = ct;
      seq[i] = seq[child];
      payload[i] = payload[child];
      i = child;
    }
    time[i] = t;
    seq[i] = q;
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

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    seq = Arrays.copyOf(seq, n);
    payload = Arrays.copyOf(payload, n);
  }
}
