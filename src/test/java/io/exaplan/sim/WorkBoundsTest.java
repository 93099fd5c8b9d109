package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.config.Cancelled;
import org.junit.jupiter.api.Test;

/** Absurd rates and cancellation: the simulator's side of bounded work. */
class WorkBoundsTest {
  private static final double HOUR = 3600;

  @Test
  void push_atInfinity_isNeverKept_andTheQueueStaysUsable() {
    EventQueue q = new EventQueue(4);
    q.push(Double.POSITIVE_INFINITY, 1, 0, 0); // 5.7 TB / 1e-300 B/s: the copy never ends
    assertThat(q.isEmpty()).isTrue();
    q.push(2, 1, 0, 0);
    assertThat(q.size()).isEqualTo(1);
    assertThatThrownBy(() -> q.push(Double.NaN, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discardAfter_dropsOnlyWhatLiesPastIt() {
    EventQueue q = new EventQueue(4);
    q.discardAfter(10);
    q.push(10.5, 0, 0, 0); // past the horizon: never executed, so never kept
    q.push(10, 0, 1, 0); // at it: kept, as the run loop executes events at the horizon
    q.push(3, 2, 2, 0);
    assertThat(q.size()).isEqualTo(2);
    q.pop();
    assertThat(q.subject()).isEqualTo(2);
    q.pop();
    assertThat(q.subject()).isEqualTo(1);
    assertThat(q.isEmpty()).isTrue();
  }

  @Test
  void run_wanAt1e300th_endsAtTheHorizon_withNoUpload() {
    SimConfig c = SimConfig.builder()
        .checkpoint(1e12, HOUR, CheckpointMode.SYNC)
        .writeBandwidth(1e12)
        .local(1e15, 1)
        .wan(1, 1e-300)
        .horizon(24 * HOUR)
        .build();
    // 1e12 B / 1e-300 B/s = 1e312 s: past the largest double
    assertThat(c.neverCompletes()).containsExactly("One WAN copy alone takes forever at "
        + "1.00e-300 B/s, longer than the 1 d horizon: no copy reaches the central store.");
    Replication r = new TrainingModel(c, 1, null).run();
    assertThat(r.checkpoints()).isGreaterThan(0);
    assertThat(r.wanBacklogPeakBytes()).isGreaterThan(0);
  }

  @Test
  void neverCompletes_ordinaryRates_isEmpty() {
    SimConfig c = SimConfig.builder()
        .checkpoint(1e12, HOUR, CheckpointMode.SYNC)
        .writeBandwidth(1e12)
        .horizon(24 * HOUR)
        .build();
    assertThat(c.neverCompletes()).isEmpty();
  }

  @Test
  void run_interrupted_stopsWithCancelled() {
    SimConfig c = SimConfig.builder()
        .checkpoint(1e9, 60, CheckpointMode.SYNC)
        .writeBandwidth(1e12)
        .horizon(10_000 * HOUR)
        .build();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new TrainingModel(c, 1, null).run())
          .isInstanceOf(Cancelled.class).hasMessage("simulation cancelled");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void keepLocal_pastTheRange_isRefusedNamingTheFlag() {
    assertThatThrownBy(() -> SimConfig.builder()
        .checkpoint(1e12, HOUR, CheckpointMode.SYNC)
        .writeBandwidth(1e12)
        .local(Double.POSITIVE_INFINITY, 2_147_483_647)
        .horizon(24 * HOUR)
        .build()).hasMessage("--keep-local: must be from 1 (a restart needs the latest "
            + "checkpoint) to 1000, got 2147483647");
  }
}
