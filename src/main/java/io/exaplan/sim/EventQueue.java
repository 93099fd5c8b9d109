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
 * <p>Lanes: most events are scheduled a fixed delay after the present (a compute phase of one
 * interval, a restart), so the events of one kind usually arrive in time order. Each kind below
 * {@link #LANES} therefore has a FIFO lane: an event not earlier than the last one queued in its
 * kind's lane is appended there, and only each lane's first event sits in the heap; any other
 * event goes to the heap itself. Every lane is sorted by (time, sequence), so the heap's top is
 * still the earliest event and the order events leave in is exactly that of one heap. What it
 * buys: with thousands of jobs the heap holds a few lane heads and the far-off events (failures)
 * instead of every job's next event, so a push is an append and a pop sifts a near event through
 * the few near events at the top instead of a far one through the whole heap.
 *
 * <p>A lane only opens while the queue holds at least {@link #LANE_MIN} events: in a small queue
 * the heap is a level or two deep and the lane's bookkeeping (its ring, the head's check on every
 * pop) costs more than the sift it saves. A lane already open takes its kind's in-order events
 * until it empties, whatever the queue's size, so where an event goes never changes the order
 * events leave in.
 *
 * <p>Layout: the sort key of slot i, (time, sequence), sits in {@code key[2i]} and
 * {@code key[2i+1]} so one cache line serves a comparison; times are stored as their IEEE 754 bit
 * patterns, which order like signed longs for non-negative doubles (the clock never runs below
 * zero). Kind, subject and tag are packed into one long beside it. A lane entry is the same three
 * longs side by side in a ring.
 */
public final class EventQueue {
  /** Subjects fit in 24 bits and kinds in 8, packed with the tag into one long. */
  public static final int MAX_SUBJECT = (1 << 24) - 1;
  public static final int MAX_KIND = 255;
  /** Kinds 0 to LANES - 1 have a FIFO lane each. */
  static final int LANES = 16;
  /** A kind's lane opens only when the queue holds at least this many events. */
  static final int LANE_MIN = 256;

  private long[] key;
  private long[] payload;
  /** Events in the heap (each lane's first one included). */
  private int heapSize;
  /** Events in all: the heap's and those queued behind their lanes' first. */
  private int size;
  private long nextSeq;
  /** Events later than this are dropped (see {@link #discardAfter}). */
  private double discard = Double.POSITIVE_INFINITY;

  /** Each lane's ring of (time bits, sequence, payload); the first entry is also in the heap. */
  private final long[][] ring = new long[LANES][];
  private final int[] ringHead = new int[LANES];
  private final int[] ringCount = new int[LANES];
  /** Time bits of each lane's last entry. */
  private final long[] ringLast = new long[LANES];

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
   * From now on, drops events scheduled later than {@code t}, as it drops those at infinity: for
   * a run that stops at a horizon, such an event could never be executed, and keeping it would
   * only make the heap deeper (with 10,000 jobs, most failures lie past a short horizon).
   */
  public void discardAfter(double t) {
    discard = t;
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
    if (t == Double.POSITIVE_INFINITY || t > discard) {
      return;
    }
    long tb = Double.doubleToRawLongBits(t + 0.0); // + 0.0 turns -0.0 into 0.0
    long q = nextSeq++;
    long p = ((long) tag << 32) | ((long) kind << 24) | subject;
    size++;
    if (kind < LANES) {
      int count = ringCount[kind];
      if (count > 0) {
        if (tb >= ringLast[kind]) {
          append(kind, count, tb, q, p); // behind the lane's first: not in the heap
          return;
        }
      } else if (size >= LANE_MIN) {
        append(kind, 0, tb, q, p); // the lane's first: in the heap too (size counts this one)
      }
    }
    heapPush(tb, q, p);
  }

  private void append(int lane, int count, long tb, long q, long p) {
    long[] r = ring[lane];
    if (r == null || 3 * count == r.length) {
      r = grow(lane);
    }
    int at = 3 * ((ringHead[lane] + count) & (r.length / 3 - 1));
    r[at] = tb;
    r[at + 1] = q;
    r[at + 2] = p;
    ringCount[lane] = count + 1;
    ringLast[lane] = tb;
  }

  /** Doubles a lane's ring (a power of two entries, so an index wraps with a mask). */
  private long[] grow(int lane) {
    long[] old = ring[lane];
    int entries = old == null ? 16 : 2 * old.length / 3;
    long[] r = new long[3 * entries];
    int count = ringCount[lane];
    for (int i = 0; i < count; i++) {
      int from = 3 * ((ringHead[lane] + i) & (old.length / 3 - 1));
      System.arraycopy(old, from, r, 3 * i, 3);
    }
    ring[lane] = r;
    ringHead[lane] = 0;
    return r;
  }

  private void heapPush(long tb, long q, long p) {
    if (heapSize == payload.length) {
      key = Arrays.copyOf(key, key.length * 2);
      payload = Arrays.copyOf(payload, payload.length * 2);
    }
    int i = heapSize++;
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
    long p = payload[0];
    popPayload = p;
    size--;
    int kind = (int) (p >>> 24) & MAX_KIND;
    if (kind < LANES && ringCount[kind] > 0) {
      long[] r = ring[kind];
      int head = ringHead[kind];
      if (r[3 * head + 1] == key[1]) { // the lane's first (sequence numbers are unique)
        int count = ringCount[kind] - 1;
        ringCount[kind] = count;
        head = (head + 1) & (r.length / 3 - 1);
        ringHead[kind] = head;
        if (count > 0) { // its next takes the top and sifts down from there
          siftDown(r[3 * head], r[3 * head + 1], r[3 * head + 2], heapSize);
          return;
        }
      }
    }
    int last = --heapSize;
    if (last > 0) {
      siftDown(key[2 * last], key[2 * last + 1], payload[last], last);
    }
  }

  /** Puts (t, q, p) at the top of a heap of {@code n} slots and sifts it down to its place. */
  private void siftDown(long t, long q, long p, int n) {
    int i = 0;
    int half = n >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      long ct = key[2 * child];
      long cq = key[2 * child + 1];
      if (right < n) {
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

  /** Events queued behind their lanes' first ones (not in the heap); for tests. */
  int behindLanes() {
    int n = 0;
    for (int c : ringCount) {
      n += Math.max(0, c - 1);
    }
    return n;
  }

  /** Lanes holding events now; for tests. */
  int openLanes() {
    int n = 0;
    for (int c : ringCount) {
      n += c > 0 ? 1 : 0;
    }
    return n;
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
    heapSize = 0;
    nextSeq = 0;
    Arrays.fill(ringCount, 0);
    Arrays.fill(ringHead, 0);
  }
}
