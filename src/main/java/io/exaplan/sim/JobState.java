package io.exaplan.sim;

/**
 * The per-job state an event touches, one job's fields side by side in one {@code long[]}
 * (doubles as their raw IEEE 754 bits, which {@link Double#longBitsToDouble} turns back for free),
 * eight longs (64 B, one cache line's worth) a job.
 *
 * <p>Why not one array per field: an event of job j reads or writes most of these fields, and
 * with one array each that was a cache line per field; with 10,000 jobs the arrays together
 * outgrow the core's L2 cache, so each of those lines was a miss, and the cost per event grew with
 * the number of jobs (bench/simrate, idle: 220.6 ns of CPU per event at 10,000 jobs against
 * 131.7 at 10; with this layout 161.0 against 110.0). Side by side, an event
 * touches one or two lines of its job. Fields an event seldom touches (restart and rework totals,
 * GPUs, failure scale) stay in plain arrays in {@link TrainingModel}.
 */
final class JobState {
  private static final int STRIDE = 8;
  private static final int SINCE = 0;
  private static final int POSITION = 1;
  private static final int COMMITTED = 2;
  private static final int PENDING_POSITION = 3;
  private static final int STALL = 4;
  /** Low byte: the state code; bit 8: an async drain under way. */
  private static final int FLAGS = 5;
  private static final int EPOCH = 6;
  private static final int SINCE_COPY = 7;
  private static final long DRAINING = 1L << 8;

  private final long[] a;

  JobState(int jobs) {
    a = new long[STRIDE * jobs];
  }

  /** Field {@code f} of job {@code j}, a double kept as its raw bits. */
  private double get(int j, int f) {
    return Double.longBitsToDouble(a[STRIDE * j + f]);
  }

  private void set(int j, int f, double v) {
    a[STRIDE * j + f] = Double.doubleToRawLongBits(v);
  }

  /** When the job entered its current state. */
  double since(int j) {
    return get(j, SINCE);
  }

  void since(int j, double t) {
    set(j, SINCE, t);
  }

  /** Compute seconds done since the start (rolled back to {@link #committed} by a failure). */
  double position(int j) {
    return get(j, POSITION);
  }

  void position(int j, double v) {
    set(j, POSITION, v);
  }

  /** Compute seconds covered by the last completed checkpoint. */
  double committed(int j) {
    return get(j, COMMITTED);
  }

  void committed(int j, double v) {
    set(j, COMMITTED, v);
  }

  /** The position the checkpoint being written will commit. */
  double pendingPosition(int j) {
    return get(j, PENDING_POSITION);
  }

  void pendingPosition(int j, double v) {
    set(j, PENDING_POSITION, v);
  }

  /** Seconds stalled (writing, staging, waiting for a drain). */
  double stall(int j) {
    return get(j, STALL);
  }

  void stall(int j, double v) {
    set(j, STALL, v);
  }

  int state(int j) {
    return (int) a[STRIDE * j + FLAGS] & 0xff;
  }

  void state(int j, int s) {
    int i = STRIDE * j + FLAGS;
    a[i] = (a[i] & ~0xffL) | s;
  }

  boolean draining(int j) {
    return (a[STRIDE * j + FLAGS] & DRAINING) != 0;
  }

  void draining(int j, boolean on) {
    int i = STRIDE * j + FLAGS;
    a[i] = on ? a[i] | DRAINING : a[i] & ~DRAINING;
  }

  /** Generation of the job's events: a failure bumps it, so its pending events go stale. */
  int epoch(int j) {
    return (int) a[STRIDE * j + EPOCH];
  }

  void epoch(int j, int e) {
    a[STRIDE * j + EPOCH] = e;
  }

  /** Checkpoints completed since the job's last WAN copy (counts to the copy rule's N). */
  int sinceCopy(int j) {
    return (int) a[STRIDE * j + SINCE_COPY];
  }

  void sinceCopy(int j, int n) {
    a[STRIDE * j + SINCE_COPY] = n;
  }
}
