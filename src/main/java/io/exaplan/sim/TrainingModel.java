package io.exaplan.sim;

import io.exaplan.checkpoint.CheckpointMode;
import java.util.SplittableRandom;

/**
 * One replication of the site: J training jobs that compute, checkpoint (sync or async) into one
 * shared write bandwidth, fail, restart from their last completed checkpoint, and copy every Nth
 * checkpoint over a WAN link that has outages. Event-scheduling world view (Law 2015, section
 * 1.3.1): the state lives in primitive arrays indexed by job, each event handler changes it and
 * schedules what follows, and the loop advances the clock to the next event until the horizon.
 *
 * <p>Accounting: a job is always in exactly one state (compute, checkpoint stall, stage stall,
 * waiting for the previous drain, restart); leaving a state adds its duration to that state's
 * total, so the totals cover the horizon exactly. Compute time splits into goodput (covered by a
 * completed checkpoint at the end), rework (lost to a failure) and the uncommitted tail.
 *
 * <p>Random streams: the replication's seed makes one {@link SplittableRandom}, split once per job
 * (failures and start phase) and once for the WAN outages, so adding a job never changes another
 * process's draws. Not thread-safe: one model per thread.
 */
public final class TrainingModel {
  // event kinds
  static final int COMPUTE_DONE = 0;
  static final int STAGE_DONE = 1;
  static final int WRITE_DONE = 2;
  static final int FAILURE = 3;
  static final int RESTART_DONE = 4;
  static final int UPLOAD_DONE = 5;
  static final int OUTAGE_BEGINS = 6;
  static final int OUTAGE_ENDS = 7;
  static final int SAMPLE = 8;

  // job states (Timeline.STATES names them)
  static final int COMPUTING = 0;
  static final int WRITING = 1;
  static final int STAGING = 2;
  static final int WAITING = 3;
  static final int RESTARTING = 4;

  /** WAN backlog samples per replication (P + 1 points including both ends). */
  public static final int BACKLOG_POINTS = 96;

  private static final int RANDOM_OUTAGE = 0;
  private static final int SCHEDULED_OUTAGE = 1;
  private static final int PROGRESS_EVERY = 1 << 16;

  private final SimConfig c;
  private final long seed;
  private final int jobs;
  private final double horizon;
  private final double interval;
  private final double bytes;
  private final boolean async;

  private final EventQueue q;
  private final SharedBandwidth bandwidth;
  private final SiteStore store;
  private final SplittableRandom[] jobRng;
  private final SplittableRandom wanRng;
  private final Timeline timeline;

  private final double[] gpus;
  private final double[] failureScale;
  private final double inverseShape;
  private final double[] stageSeconds;

  /** What each event of a job touches, side by side (state, clocks, epoch, copy count). */
  private final JobState job;
  private final boolean wan;
  private final int copyEvery;
  private final double restartTime;

  private final double[] restartSeconds;
  private final double[] reworkSeconds;

  private final double[] backlog = new double[BACKLOG_POINTS + 1];
  private long failures;
  private long checkpoints;
  private long events;
  private volatile double progress;

  /**
   * @param timeline where to record every job's states, or null (the usual case: it costs memory)
   */
  public TrainingModel(SimConfig config, long seed, Timeline timeline) {
    this.c = config;
    this.jobs = config.jobs();
    this.horizon = config.horizonSeconds();
    this.interval = config.intervalSeconds();
    this.bytes = config.checkpointBytes();
    this.async = config.mode() == CheckpointMode.ASYNC;
    this.timeline = timeline;
    this.q = new EventQueue(4 * jobs + 16);
    q.discardAfter(horizon); // the loop stops there: later events would only deepen the heap
    this.bandwidth = new SharedBandwidth(config.writeBytesPerSec(), jobs, WRITE_DONE);
    this.store = new SiteStore(config.localCapacityBytes(), bytes, jobs, config.keepLocal(),
        config.wanBytesPerSec(), UPLOAD_DONE);
    SplittableRandom root = new SplittableRandom(seed);
    this.jobRng = new SplittableRandom[jobs];
    for (int j = 0; j < jobs; j++) {
      jobRng[j] = root.split();
    }
    this.wanRng = root.split();
    this.inverseShape = 1 / config.failureLaw().shape();
    this.gpus = new double[jobs];
    this.failureScale = new double[jobs];
    this.stageSeconds = new double[jobs];
    for (int j = 0; j < jobs; j++) {
      gpus[j] = config.gpusOf(j);
      failureScale[j] = config.failureLaw().scaleFor(config.jobMtbfSeconds(j));
      stageSeconds[j] = config.stageSeconds(j);
    }
    this.job = new JobState(jobs);
    this.wan = config.wan();
    this.copyEvery = config.copyEvery();
    this.restartTime = config.restartSeconds();
    this.restartSeconds = new double[jobs];
    this.reworkSeconds = new double[jobs];
    this.seed = seed;
  }

  /** Fraction of the horizon simulated so far; safe to read from another thread. */
  public double progress() {
    return progress;
  }

  /**
   * Runs the replication to its horizon. Call once. An interrupt (a request past its deadline,
   * Ctrl-C) stops it within {@link #PROGRESS_EVERY} events with {@link io.exaplan.config.Cancelled}.
   */
  public Replication run() {
    start();
    while (!q.isEmpty() && q.peekTime() <= horizon) {
      q.pop();
      if (dispatch(q.time(), q.kind(), q.subject(), q.tag())) {
        if ((++events & (PROGRESS_EVERY - 1)) == 0) {
          progress = q.time() / horizon;
          if (Thread.currentThread().isInterrupted()) {
            throw new io.exaplan.config.Cancelled("simulation");
          }
        }
      }
    }
    progress = 1;
    return finish();
  }

  private void start() {
    q.push(0, SAMPLE, 0, 0); // each sample schedules the next: a small heap is a fast heap
    for (int j = 0; j < jobs; j++) {
      job.state(j, COMPUTING);
      double phase = c.alignedStart() ? 1 : 1 - jobRng[j].nextDouble();
      q.push(interval * phase, COMPUTE_DONE, j, 0);
      scheduleFailure(j, 0);
    }
    if (c.wan()) {
      if (Double.isFinite(c.outageEverySeconds())) {
        q.push(-c.outageEverySeconds() * Math.log(1 - wanRng.nextDouble()), OUTAGE_BEGINS,
            RANDOM_OUTAGE, 0);
      }
      if (!Double.isNaN(c.outageAtSeconds())) {
        q.push(c.outageAtSeconds(), OUTAGE_BEGINS, SCHEDULED_OUTAGE, 0);
      }
    }
  }

  /** Executes one event; false if it was stale (cancelled). */
  private boolean dispatch(double now, int kind, int s, int tag) {
    switch (kind) {
      case COMPUTE_DONE:
        if (tag != job.epoch(s)) {
          return false;
        }
        computeDone(now, s);
        return true;
      case STAGE_DONE:
        if (tag != job.epoch(s)) {
          return false;
        }
        stageDone(now, s);
        return true;
      case WRITE_DONE:
        int j = bandwidth.complete(q, now, tag);
        if (j < 0) {
          return false;
        }
        writeDone(now, j);
        return true;
      case FAILURE:
        failure(now, s);
        return true;
      case RESTART_DONE:
        if (tag != job.epoch(s)) {
          return false;
        }
        enter(now, s, COMPUTING);
        q.push(now + interval, COMPUTE_DONE, s, job.epoch(s));
        return true;
      case UPLOAD_DONE:
        return store.uploadDone(q, now, tag);
      case OUTAGE_BEGINS:
        store.outageBegins(now);
        q.push(now + (s == SCHEDULED_OUTAGE ? c.outageForSeconds()
            : -c.outageMeanSeconds() * Math.log(1 - wanRng.nextDouble())), OUTAGE_ENDS, s, 0);
        return true;
      case OUTAGE_ENDS:
        store.outageEnds(q, now);
        if (s == RANDOM_OUTAGE) {
          q.push(now - c.outageEverySeconds() * Math.log(1 - wanRng.nextDouble()), OUTAGE_BEGINS,
              s, 0);
        }
        return true;
      case SAMPLE:
        backlog[s] = store.pendingBytes();
        if (s < BACKLOG_POINTS) {
          q.push(horizon * (s + 1) / BACKLOG_POINTS, SAMPLE, s + 1, 0);
        }
        return true;
      default:
        throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  private void computeDone(double now, int j) {
    if (!async) {
      enter(now, j, WRITING);
      beginWrite(now, j);
    } else if (job.draining(j)) {
      enter(now, j, WAITING);
    } else {
      stage(now, j);
    }
  }

  private void stage(double now, int j) {
    enter(now, j, STAGING);
    q.push(now + stageSeconds[j], STAGE_DONE, j, job.epoch(j));
  }

  private void stageDone(double now, int j) {
    beginWrite(now, j);
    job.draining(j, true);
    enter(now, j, COMPUTING);
    q.push(now + interval, COMPUTE_DONE, j, job.epoch(j));
  }

  private void beginWrite(double now, int j) {
    job.pendingPosition(j, job.position(j));
    store.allocate(q, now);
    bandwidth.start(q, now, j, bytes);
  }

  private void writeDone(double now, int j) {
    job.committed(j, job.pendingPosition(j));
    checkpoints++;
    boolean copy = false;
    if (wan) { // every Nth of the job
      int n = job.sinceCopy(j) + 1;
      copy = n == copyEvery;
      job.sinceCopy(j, copy ? 0 : n);
    }
    store.commit(q, now, j, copy);
    if (!async) {
      enter(now, j, COMPUTING);
      q.push(now + interval, COMPUTE_DONE, j, job.epoch(j));
    } else {
      job.draining(j, false);
      if (job.state(j) == WAITING) {
        stage(now, j);
      }
    }
  }

  private void failure(double now, int j) {
    failures++;
    scheduleFailure(j, now);
    boolean writing = async ? job.draining(j) : job.state(j) == WRITING;
    enter(now, j, RESTARTING);
    if (writing) {
      bandwidth.abort(q, now, j);
      store.release();
      job.draining(j, false);
    }
    double committed = job.committed(j);
    reworkSeconds[j] += job.position(j) - committed;
    job.position(j, committed);
    int epoch = job.epoch(j) + 1;
    job.epoch(j, epoch);
    q.push(now + restartTime, RESTART_DONE, j, epoch);
  }

  private void scheduleFailure(int j, double now) {
    if (Double.isFinite(failureScale[j])) {
      q.push(now + FailureLaw.sample(jobRng[j], failureScale[j], inverseShape), FAILURE, j, 0);
    }
  }

  /** Leaves the current state (adding its duration to its total) and enters {@code next}. */
  private void enter(double now, int j, int next) {
    double since = job.since(j);
    double dt = now - since;
    int state = job.state(j);
    switch (state) {
      case COMPUTING:
        job.position(j, job.position(j) + dt);
        break;
      case RESTARTING:
        restartSeconds[j] += dt;
        break;
      default:
        job.stall(j, job.stall(j) + dt);
    }
    if (timeline != null && dt > 0) {
      timeline.add(j, state, since, now);
    }
    job.state(j, next);
    job.since(j, now);
  }

  private Replication finish() {
    for (int j = 0; j < jobs; j++) {
      enter(horizon, j, job.state(j));
    }
    bandwidth.close(horizon);
    double total = 0;
    double good = 0;
    double stall = 0;
    double restart = 0;
    double rework = 0;
    double tail = 0;
    for (int j = 0; j < jobs; j++) {
      double g = gpus[j];
      total += g * horizon;
      good += g * job.committed(j);
      stall += g * job.stall(j);
      restart += g * restartSeconds[j];
      rework += g * reworkSeconds[j];
      tail += g * (job.position(j) - job.committed(j));
    }
    int peak = 0;
    for (int k = bandwidth.maxWriters(); k > 0; k--) {
      if (bandwidth.secondsWith(k) > 0) {
        peak = k;
        break;
      }
    }
    // 99th percentile of the writers active, over the time at least one is
    double busy = horizon - bandwidth.secondsWith(0);
    int p99 = 0;
    double cumulative = 0;
    for (int k = 1; k <= peak && busy > 0; k++) {
      cumulative += bandwidth.secondsWith(k);
      if (cumulative >= 0.99 * busy) {
        p99 = k;
        break;
      }
    }
    return new Replication(seed, good / total, stall / total, rework / total, restart / total,
        tail / total, failures, checkpoints, store.lost(), store.uploads(),
        store.peakUsedBytes(), store.peakPendingBytes(), peak, p99, events);
  }

  /** WAN backlog bytes at the evenly spaced times 0, H/P, ..., H (after {@link #run()}). */
  public double[] backlog() {
    return backlog.clone();
  }
}
