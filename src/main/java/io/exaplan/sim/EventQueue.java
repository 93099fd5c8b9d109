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
 */
public final class EventQueue {
  private double[] time;
  private long[] seq;
  private int[] kind;
  private int[] subject;
  private long[] tag;
  private int size;
  private long nextSeq;

  /** The event last removed by {@link #pop()}. */
  private double popTime;
  private int popKind;
  private int popSubject;
  private long popTag;

  public EventQueue(int initialCapacity) {
    int n = Math.max(4, initialCapacity);
    time = new double[n];
    seq = new long[n];
    kind = new int[n];
    subject = new int[n];
    tag = new long[n];
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

  /** Schedules an event; times must be finite (an infinite time is "never": don't schedule it). */
  public void push(double t, int k, int s, long g) {
    if (size == time.length) {
      grow();
    }
    long q = nextSeq++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(t, q, time[parent], seq[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, t, q, k, s, g);
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #kind()}, ... */
  public void pop() {
    popTime = time[0];
    popKind = kind[0];
    popSubject = subject[0];
    popTag = tag[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    double t = time[last];
    long q = seq[last];
    int k = kind[last];
    int s = subject[last];
    long g = tag[last];
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < last && before(time[right], seq[right], time[child], seq[child])) {
        child = right;
      }
      if (!before(time[child], seq[child], t, q)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, t, q, k, s, g);
  }

  public double time() {
    return popTime;
  }

  public int kind() {
    return popKind;
  }

  public int subject() {
    return popSubject;
  }

  public long tag() {
    return popTag;
  }

  /** Forgets every event; capacity is kept so a reused queue does not allocate again. */
  public void clear() {
    size = 0;
    nextSeq = 0;
  }

  private static boolean before(double t1, long q1, double t2, long q2) {
    return t1 < t2 || (t1 == t2 && q1 < q2);
  }

  private void move(int from, int to) {
    time[to] = time[from];
    seq[to] = seq[from];
    kind[to] = kind[from];
    subject[to] = subject[from];
    tag[to] = tag[from];
  }

  private void set(int i, double t, long q, int k, int s, long g) {
    time[i] = t;
    seq[i] = q;
    kind[i] = k;
    subject[i] = s;
    tag[i] = g;
  }

  private void grow() {
    int n = time.length * 2;
    time = Arrays.copyOf(time, n);
    seq = Arrays.copyOf(seq, n);
    kind = Arrays.copyOf(kind, n);
    subject = Arrays.copyOf(subject, n);
    tag = Arrays.copyOf(tag, n);
  }
}
