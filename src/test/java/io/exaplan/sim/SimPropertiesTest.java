package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.checkpoint.CheckpointMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants over seeded random cases. */
class SimPropertiesTest {

  @Test
  void eventQueue_randomPushesAndPops_leaveInTimeThenSchedulingOrder() {
    SplittableRandom rng = new SplittableRandom(42);
    record Ev(double t, long seq, int subject) {}
    for (int round = 0; round < 2000; round++) {
      EventQueue q = new EventQueue(1);
      PriorityQueue<Ev> ref = new PriorityQueue<>(
          Comparator.comparingDouble(Ev::t).thenComparingLong(Ev::seq));
      long seq = 0;
      int ops = 1 + rng.nextInt(200);
      for (int i = 0; i < ops; i++) {
        if (ref.isEmpty() || rng.nextInt(3) > 0) {
          // few distinct times, so ties are common; -0.0 ties with 0.0; extremes of the range
          double[] odd = {-0.0, Double.MIN_VALUE, 1e300, Double.MAX_VALUE};
          double t = rng.nextInt(10) == 0 ? odd[rng.nextInt(odd.length)] : rng.nextInt(20);
          q.push(t, 7, (int) seq, (int) seq * 3 - 1000);
          ref.add(new Ev(t + 0.0, seq, (int) seq));
          seq++;
        } else {
          Ev e = ref.poll();
          q.pop();
          assertThat(q.time()).isEqualTo(e.t());
          assertThat(q.subject()).isEqualTo(e.subject());
          assertThat(q.tag()).isEqualTo((int) e.seq() * 3 - 1000);
          assertThat(q.kind()).isEqualTo(7);
        }
        assertThat(q.size()).isEqualTo(ref.size());
      }
    }
  }

  /**
   * The lanes (EventQueue's FIFO per kind) against a reference heap, under a simulation's mix:
   * kinds 0 to 2 scheduled a fixed delay after the clock (they go to their lanes), kind 3 at a
   * random later time (sometimes its lane, sometimes the heap), kind 40 (no lane) likewise, and
   * now and then an event earlier than its lane's last (the heap). The queue is cleared and reused
   * between rounds, and a round may discard events past a horizon. A round pushes more than it
   * pops for its first half and fewer for its second, so the queue grows past
   * {@link EventQueue#LANE_MIN} (lanes open) and drains below it again (open lanes keep taking
   * their in-order events); the test checks that both happened.
   */
  @Test
  void eventQueue_lanesAndHeap_leaveInTimeThenSchedulingOrder() {
    SplittableRandom rng = new SplittableRandom(7);
    record Ev(double t, long seq, int kind, int subject) {}
    EventQueue q = new EventQueue(2);
    double[] delay = {600, 60, 5.5};
    long laned = 0;
    long drainingLanes = 0;
    for (int round = 0; round < 300; round++) {
      q.clear();
      double horizon = rng.nextBoolean() ? Double.POSITIVE_INFINITY : 500 + rng.nextInt(5000);
      q.discardAfter(horizon);
      PriorityQueue<Ev> ref = new PriorityQueue<>(
          Comparator.comparingDouble(Ev::t).thenComparingLong(Ev::seq));
      long seq = 0;
      double now = 0;
      int ops = 1 + rng.nextInt(3000);
      for (int i = 0; i < ops; i++) {
        // pushes 3 in 5 for the first half (drift +0.2 an op: ~300 by op 1,500), 2 in 5 after
        if (ref.isEmpty() || rng.nextInt(5) < (2 * i < ops ? 3 : 2)) {
          int pick = rng.nextInt(6);
          int kind = pick < 3 ? pick : pick == 3 ? 3 : 40;
          double t = pick < 3 ? now + delay[pick]
              : pick < 5 ? now + 1000 * rng.nextDouble()
              : now + rng.nextInt(3); // ties with the present
          q.push(t, kind, (int) seq & EventQueue.MAX_SUBJECT, (int) seq);
          if (t <= horizon) {
            ref.add(new Ev(t, seq, kind, (int) seq & EventQueue.MAX_SUBJECT));
          }
          seq++;
        } else {
          Ev e = ref.poll();
          q.pop();
          now = q.time();
          assertThat(q.time()).isEqualTo(e.t());
          assertThat(q.kind()).isEqualTo(e.kind());
          assertThat(q.subject()).isEqualTo(e.subject());
          assertThat(q.tag()).isEqualTo((int) e.seq());
        }
        assertThat(q.size()).isEqualTo(ref.size());
        if (!ref.isEmpty()) {
          assertThat(q.peekTime()).isEqualTo(ref.peek().t());
        }
        if (q.size() >= EventQueue.LANE_MIN && q.behindLanes() > 0) {
          laned++;
        }
        if (q.size() < EventQueue.LANE_MIN / 2 && q.behindLanes() > 0) {
          drainingLanes++;
        }
      }
    }
    assertThat(laned).as("steps with a large queue using its lanes").isGreaterThan(10_000);
    assertThat(drainingLanes).as("steps with a small queue still draining lanes")
        .isGreaterThan(100);
  }

  /**
   * Below {@link EventQueue#LANE_MIN} events no lane opens: one job's queue (a compute or write
   * completion, a failure, a backlog sample: under 10 events) stays a plain heap, and it still
   * leaves in (time, sequence) order. At LANE_MIN, the next in-order push of a kind opens its lane.
   */
  @Test
  void eventQueue_smallQueue_noLaneOpens() {
    EventQueue q = new EventQueue(4);
    for (int i = 0; i < EventQueue.LANE_MIN - 1; i++) {
      q.push(i, 0, i, 0); // kind 0, in time order: would be a lane's
    }
    assertThat(q.openLanes()).isZero();
    q.push(1000, 0, 7, 0); // the LANE_MIN-th event: its kind's lane opens with it
    assertThat(q.openLanes()).isEqualTo(1);
    q.push(1001, 0, 8, 0); // behind it, not in the heap
    assertThat(q.behindLanes()).isEqualTo(1);
    double last = -1;
    while (!q.isEmpty()) {
      q.pop();
      assertThat(q.time()).isGreaterThan(last);
      last = q.time();
    }
    assertThat(last).isEqualTo(1001);
    assertThat(q.openLanes()).isZero();
  }

  @Test
  void eventQueue_timeBeforeZeroOrNotANumber_rejected() {
    EventQueue q = new EventQueue(4);
    // +Infinity is "never" and is dropped (WorkBoundsTest), not rejected
    for (double t : new double[] {-1e-300, Double.NaN, Double.NEGATIVE_INFINITY}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.push(t, 0, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> q.push(1, 0, 1 << 24, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(q.isEmpty()).isTrue();
  }

  /** A random small site: any mode, law, outage pattern and capacity the builder accepts. */
  private static SimConfig randomConfig(SplittableRandom rng) {
    int jobs = 1 + rng.nextInt(5);
    double bytes = 1e11 * (1 + rng.nextInt(50));
    double interval = 60 * (1 + rng.nextInt(30));
    int keep = 1 + rng.nextInt(3);
    SimConfig.Builder b = SimConfig.builder()
        .jobs(jobs, jobs * (1 + rng.nextInt(1000)))
        .checkpoint(bytes, interval,
            rng.nextBoolean() ? CheckpointMode.SYNC : CheckpointMode.ASYNC)
        .writeBandwidth(1e9 * (1 + rng.nextInt(100)))
        .stageRatePerGpu(1e9 * (1 + rng.nextInt(10)))
        .failures(3600 * (1 + rng.nextInt(2000)),
            new FailureLaw(rng.nextBoolean() ? 1 : 0.5 + rng.nextDouble()), rng.nextInt(900))
        .local(jobs * (keep + 1) * bytes * (1 + rng.nextInt(4)), keep)
        .wan(rng.nextInt(4), 1e8 * (1 + rng.nextInt(100)))
        .alignedStart(rng.nextBoolean())
        .horizon(interval * (5 + rng.nextInt(60)));
    if (rng.nextBoolean()) {
      b.randomOutages(600 * (1 + rng.nextInt(20)), 600 * (1 + rng.nextInt(10)));
    }
    if (rng.nextBoolean()) {
      b.scheduledOutage(rng.nextInt(3600), 60 * (1 + rng.nextInt(600)));
    }
    return b.build();
  }

  @Test
  void accounting_anyConfiguration_fractionsCoverTheFleetExactly() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      SimConfig c = randomConfig(rng);
      Replication r = new TrainingModel(c, rng.nextLong(), null).run();
      double sum = r.goodput() + r.stallFraction() + r.reworkFraction() + r.restartFraction()
          + r.uncommittedFraction();
      assertThat(sum).as("case %d: %s", i, c).isCloseTo(1, within(1e-9));
      for (double f : new double[] {r.goodput(), r.stallFraction(), r.reworkFraction(),
          r.restartFraction(), r.uncommittedFraction()}) {
        assertThat(f).as("case %d", i).isBetween(-1e-12, 1 + 1e-12);
      }
      assertThat(r.localPeakBytes()).as("case %d", i).isLessThanOrEqualTo(c.localCapacityBytes());
      assertThat(r.peakWriters()).isBetween(0, c.jobs());
      assertThat(r.p99Writers()).isBetween(0, r.peakWriters());
      assertThat(r.uploads() + r.checkpointsLost()).isLessThanOrEqualTo(r.checkpoints());
      if (!c.wan()) {
        assertThat(r.uploads()).isZero();
        assertThat(r.wanBacklogPeakBytes()).isZero();
      }
    }
  }

  @Test
  void monteCarlo_sameSeed_sameResultsWhateverTheThreads() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < 20; i++) {
      SimConfig c = randomConfig(rng);
      long seed = rng.nextLong();
      MonteCarlo.Outcome one = new MonteCarlo(c, 6, seed, 1).run(false);
      MonteCarlo.Outcome two = new MonteCarlo(c, 6, seed, 2).run(false);
      assertThat(two.replications()).isEqualTo(one.replications());
      for (int r = 0; r < 6; r++) {
        assertThat(two.backlogs().get(r)).containsExactly(one.backlogs().get(r));
      }
    }
  }

  @Test
  void failureLaw_weibullScale_givesTheRequestedMean() {
    // Weibull k = 0.7: Gamma(1 + 1/0.7) = Gamma(2.428571) = 1.265823 (tables), so the scale
    // for a mean of 1 is 1 / 1.265823 = 0.790000
    FailureLaw w = new FailureLaw(0.7);
    assertThat(w.scaleFor(1)).isCloseTo(0.790000, within(2e-6));
    SplittableRandom rng = new SplittableRandom(3);
    double sum = 0;
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      sum += FailureLaw.sample(rng, w.scaleFor(3600), 1 / 0.7);
    }
    // variance of Weibull(0.7) is (Gamma(1+2/k)/Gamma(1+1/k)^2 - 1) mean^2 = 2.13 mean^2, so
    // the sample mean's standard error is sqrt(2.13 / 400,000) = 0.23%; allow 1%
    assertThat(sum / n).isCloseTo(3600, within(36.0));
    assertThat(FailureLaw.EXPONENTIAL.scaleFor(3600)).isEqualTo(3600);
  }

  @Test
  void estimate_knownSample_tInterval() {
    // 1..5: mean 3, s = sqrt(2.5) = 1.581139, t(0.975, 4) = 2.776445 -> half 1.963243
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
    assertThat(e.mean()).isEqualTo(3);
    assertThat(e.high() - 3).isCloseTo(1.963243, within(1e-6));
    assertThat(e.low()).isCloseTo(3 - 1.963243, within(1e-6));
    assertThat(Estimate.of(new double[] {0.5}).interval()).isNull();
  }

  @Test
  void goodput_moreFrequentFailures_neverHigher() {
    // Common random numbers: the same seed, only the MTBF halves each step.
    List<Double> goodputs = new ArrayList<>();
    for (double mtbf = 64 * 3600; mtbf >= 3600; mtbf /= 2) {
      SimConfig c = SimConfig.builder().checkpoint(1e12, 1800, CheckpointMode.SYNC)
          .writeBandwidth(1e10).failures(mtbf, FailureLaw.EXPONENTIAL, 300)
          .horizon(2000 * 3600).build();
      goodputs.add(new MonteCarlo(c, 4, 5, 2).run(false).replications().stream()
          .mapToDouble(Replication::goodput).average().orElseThrow());
    }
    assertThat(goodputs).isSortedAccordingTo(Comparator.reverseOrder());
  }
}
