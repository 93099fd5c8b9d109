package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import org.junit.jupiter.api.Test;

/** Deterministic cases (no failures) whose every figure can be worked out by hand. */
class TrainingModelTest {
  private static final double HOUR = 3600;

  /** The pod's write bandwidth (450 C-nodes x 3.25 GB/s, front-end bound): a write-bound design. */
  private static double podWrite() {
    return Registry.get("ncp-pod").build(Scenario.builtIn(), Catalog.builtIn())
        .throughput().writeBytesPerSec();
  }

  private static Replication run(SimConfig c) {
    return new TrainingModel(c, 1, null).run();
  }

  /** Checkpoints that take 600 s alone; 20 min of compute between them; 24 h + 60 s. */
  private static SimConfig.Builder contention(int jobs, double bandwidth) {
    double b = podWrite();
    return SimConfig.builder()
        .jobs(jobs, jobs * 1000L)
        .checkpoint(b * 600, 1200, CheckpointMode.SYNC)
        .writeBandwidth(bandwidth)
        .horizon(24 * HOUR + 60);
  }

  @Test
  void goodput_twoJobsCheckpointingAtOnce_lowerThanOneJobAlone() {
    Replication alone = run(contention(1, podWrite()).build());
    Replication both = run(contention(2, podWrite()).build());
    Replication twiceTheBandwidth = run(contention(2, 2 * podWrite()).build());

    // Alone: cycle 1200 + 600 = 1800 s; 48 cycles end at 86,400 s, then 60 s uncommitted.
    // goodput = 48 x 1200 / 86,460 = 0.666204; stall = 48 x 600 / 86,460 = 0.333102
    assertThat(alone.goodput()).isCloseTo(57_600 / 86_460.0, within(1e-9));
    assertThat(alone.stallFraction()).isCloseTo(28_800 / 86_460.0, within(1e-9));
    // Together: both write at once, each at half the bandwidth, so each write takes 1200 s;
    // cycle 2400 s, 36 cycles: goodput = 36 x 1200 / 86,460 = 0.499653
    assertThat(both.goodput()).isCloseTo(43_200 / 86_460.0, within(1e-9));
    assertThat(both.stallFraction()).isCloseTo(43_200 / 86_460.0, within(1e-9));
    assertThat(both.peakWriters()).isEqualTo(2);
    // Twice the bandwidth removes the loss: the contention is the cause.
    assertThat(twiceTheBandwidth.goodput()).isCloseTo(alone.goodput(), within(1e-9));
  }

  @Test
  void writeDemand_alignedJobs_everyBusyMomentHasAllWriters() {
    Replication alone = run(contention(1, podWrite()).build());
    Replication both = run(contention(2, podWrite()).build());
    // Aligned jobs always write together: whenever anything is written, 2 writers are (36
    // writes of 1200 s); alone, 1.
    assertThat(both.p99Writers()).isEqualTo(2);
    assertThat(alone.p99Writers()).isEqualTo(1);
    assertThat(alone.peakWriters()).isEqualTo(1);
    assertThat(both.uncommittedFraction()).isCloseTo(2 * 60 / (2 * 86_460.0), within(1e-9));
  }

  /**
   * 1 TB checkpoints every hour (written in 1 s), each copied over a 10 GB/s WAN (100 s), K = 1;
   * the WAN is down from 9.5 h for 24 h. Checkpoint k completes at k x 3,601 s, so 10..33 (24 of
   * them) complete during the outage and wait. After checkpoint k (k >= 10) completes, 10..k are
   * kept: k - 9 TB; the write of k + 1 first takes 1 TB more.
   */
  private static SimConfig outage(double capacityBytes) {
    return SimConfig.builder()
        .checkpoint(1e12, HOUR, CheckpointMode.SYNC)
        .writeBandwidth(1e12)
        .local(capacityBytes, 1)
        .wan(1, 1e10)
        .scheduledOutage(9.5 * HOUR, 24 * HOUR)
        .horizon(48 * HOUR)
        .build();
  }

  @Test
  void checkpointsLost_outageLongerThanLocalRetention_losesTheOldestPending() {
    Replication r = run(outage(10e12));
    // 10 TB: the write of 19 fits (9 + 1 = 10 TB); each write of 20..33 evicts the oldest
    // pending copy (10, 11, ..., 23): 14 lost.
    assertThat(r.checkpointsLost()).isEqualTo(14);
    assertThat(r.localPeakBytes()).isEqualTo(10e12);
    // 48 h / 3,601 s = 47.98 -> 47 checkpoints; 47 - 14 lost reached the central store
    assertThat(r.checkpoints()).isEqualTo(47);
    assertThat(r.uploads()).isEqualTo(33);
  }

  @Test
  void checkpointsLost_retentionCoveringTheOutage_losesNone() {
    Replication r = run(outage(26e12));
    // the largest need is at the write of 33: 10..32 kept (23 TB) + 1 TB = 24 TB <= 26 TB
    assertThat(r.checkpointsLost()).isZero();
    assertThat(r.localPeakBytes()).isEqualTo(24e12);
    assertThat(r.wanBacklogPeakBytes()).isEqualTo(24e12);
    assertThat(r.uploads()).isEqualTo(47);
  }

  @Test
  void async_drainFasterThanInterval_stallsOnlyToStage() {
    // 1 TB staged at 100 GB/s (10 s), drained at 10 GB/s (100 s), 1000 s between checkpoints.
    // Cycle 1010 s; the 10th stage ends at 10,100 s and its drain would end at 10,200 s, after
    // the horizon of 10,150 s, so 9 checkpoints count: 9,000 s of kept compute.
    SimConfig c = SimConfig.builder()
        .checkpoint(1e12, 1000, CheckpointMode.ASYNC)
        .stageRatePerGpu(1e11)
        .writeBandwidth(1e10)
        .horizon(10_150)
        .build();
    Replication r = run(c);
    assertThat(r.goodput()).isCloseTo(9_000 / 10_150.0, within(1e-12));
    assertThat(r.stallFraction()).isCloseTo(100 / 10_150.0, within(1e-12));
    // compute = 10,050 s, of which 1,050 s after the 9th kept checkpoint
    assertThat(r.uncommittedFraction()).isCloseTo(1_050 / 10_150.0, within(1e-12));
  }

  @Test
  void async_drainSlowerThanInterval_waitsForThePreviousDrain() {
    // Stage 10 s, drain 1000 s at 1 GB/s, 500 s between checkpoints: after each 500 s of
    // compute the job waits for the previous drain. Stage k starts at 500 + 1010 (k - 1);
    // drain k (position 500 k) ends at 1510 + 1010 (k - 1). To 10,110 s: compute 500 + 10 x 500
    // = 5,500 s; stall 10 stages x 10 s + 9 waits x 500 s + 10 s = 4,610 s; drains 1..9 done,
    // so 4,500 s kept.
    SimConfig c = SimConfig.builder()
        .checkpoint(1e12, 500, CheckpointMode.ASYNC)
        .stageRatePerGpu(1e11)
        .writeBandwidth(1e9)
        .horizon(10_110)
        .build();
    Replication r = run(c);
    assertThat(r.goodput()).isCloseTo(4_500 / 10_110.0, within(1e-12));
    assertThat(r.stallFraction()).isCloseTo(4_610 / 10_110.0, within(1e-12));
    assertThat(r.uncommittedFraction()).isCloseTo(1_000 / 10_110.0, within(1e-12));
    assertThat(r.checkpoints()).isEqualTo(9);
  }
}
