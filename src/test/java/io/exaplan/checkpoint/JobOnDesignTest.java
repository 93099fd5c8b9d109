package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.GpuNodeModel;
import org.junit.jupiter.api.Test;

class JobOnDesignTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();
  private final Catalog c = Catalog.builtIn();
  private final GpuNodeModel tray = c.gpuNode("gb200-nvl72-tray");
  private final GpuNodeModel dgx = c.gpuNode("dgx-h100");

  @Test
  void catalog_nodeNics() {
    // 2 x 400 Gb/s = 800 Gb/s = 100 GB/s per node
    assertThat(tray.storageBytesPerSec()).isEqualTo(100e9);
    assertThat(dgx.storageBytesPerSec()).isEqualTo(100e9);
    assertThat(tray.gpus()).isEqualTo(4);
    assertThat(dgx.gpus()).isEqualTo(8);
  }

  @Test
  void pod_405b_storageBinds_restoreAndTwoTier() {
    // The pod (read 10.8 TB/s, write 1.4625 TB/s, one job) and the 405B job of 41,472 GPUs,
    // TP 8 x PP 16 x DP 324, ZeRO 1, on 10,368 GB200 trays of 100 GB/s: the NICs carry
    // 1,036.8 TB/s, so storage binds. Write 5,681,947,443,200 / 1.4625e12 = 3.8851 s (node 0's
    // 25.84 GB / 100 GB/s = 0.258 s is shorter).
    Shards s = Shards.of(CheckpointSize.of(k.models().get("llama-3.1-405b"), k.state(), 1),
        Parallelism.filling(41_472, 8, 16, 1), 4);
    JobOnDesign j = JobOnDesign.of(new JobOnDesign.Design("ncp-pod", 10.8e12, 1.4625e12, 1), s,
        tray, 0.05, 12.5e9);
    assertThat(j.share().writeClientBound()).isFalse();
    assertThat(j.share().jobWriteBytesPerSec()).isEqualTo(1.4625e12);
    assertThat(j.share().writeSeconds()).isCloseTo(3.88509, within(1e-5));
    // restore 5.682 TB / 10.8 TB/s = 0.52611 s; weights 811.7 GB / 10.8 TB/s = 0.0752 s, but
    // node 0 holds 4 x 6,341,459,200 = 25.37 GB of weights: 0.25366 s at 100 GB/s
    assertThat(j.restore().restoreSeconds()).isCloseTo(0.526106, within(1e-6));
    assertThat(j.restore().weightsRestoreSeconds()).isCloseTo(0.2536584, within(1e-6));
    // across a 100 Gb/s WAN (12.5 GB/s): 454.56 s, weights 64.94 s
    assertThat(j.restore().centralRestoreSeconds()).isCloseTo(454.5558, within(1e-3));
    assertThat(j.restore().centralWeightsRestoreSeconds()).isCloseTo(64.9365, within(1e-3));
    // two-tier: snapshot 25.8356 GB at 8 GB/s = 3.2294 s; 15.36 TB holds 594 snapshots;
    // drain = the write, 3.885 s; sync needs 3.885 / 0.05 = 77.70 s between checkpoints
    JobOnDesign.TwoTier t = j.twoTier();
    assertThat(t.snapshotSeconds()).isCloseTo(3.22945, within(1e-5));
    assertThat(t.snapshotsFit()).isEqualTo(594);
    assertThat(t.localFits()).isTrue();
    assertThat(t.localBytesNeededPerNode()).isCloseTo(51.671e9, within(1e6));
    assertThat(t.drainSeconds()).isEqualTo(j.share().writeSeconds());
    assertThat(t.syncMinIntervalSeconds()).isCloseTo(77.7018, within(1e-3));
    assertThat(t.asyncMinIntervalSeconds()).isCloseTo(3.88509, within(1e-5));
  }

  @Test
  void smallJob_nicsBind_clientBound() {
    // 8B on one DGX H100 (TP 1, DP 8, ZeRO 1) against the pod's 1.4625 TB/s write: the node's
    // 100 GB/s binds; 112,423,657,472 B / 100e9 = 1.12424 s.
    Shards s = Shards.of(CheckpointSize.of(k.models().get("llama-3.1-8b"), k.state(), 1),
        new Parallelism(1, 1, 8, 1), 8);
    JobOnDesign j = JobOnDesign.of(new JobOnDesign.Design("ncp-pod", 10.8e12, 1.4625e12, 1), s,
        dgx, 0.05, 12.5e9);
    assertThat(j.share().writeClientBound()).isTrue();
    assertThat(j.share().readClientBound()).isTrue();
    assertThat(j.share().jobWriteBytesPerSec()).isEqualTo(100e9);
    assertThat(j.share().writeSeconds()).isCloseTo(1.1242366, within(1e-6));
    assertThat(j.restore().restoreSeconds()).isCloseTo(1.1242366, within(1e-6));
    // local tier: 112.42 GB per node, 30.72 TB holds floor(273.25) = 273
    assertThat(j.twoTier().snapshotsFit()).isEqualTo(273);
  }

  @Test
  void sharedDesign_jobGetsItsShare() {
    // dense-420-210 serves 4 jobs: 1.365 TB/s / 4 = 341.25 GB/s per job; 5.682 TB / 341.25 GB/s
    // = 16.650 s; sync shortest interval 333.0 s
    Shards s = Shards.of(CheckpointSize.of(k.models().get("llama-3.1-405b"), k.state(), 1),
        Parallelism.filling(41_472, 8, 16, 1), 4);
    JobOnDesign j = JobOnDesign.of(new JobOnDesign.Design("dense-420-210", 9.45e12, 1.365e12, 4),
        s, tray, 0.05, 12.5e9);
    assertThat(j.share().jobWriteBytesPerSec()).isEqualTo(341.25e9);
    assertThat(j.share().writeSeconds()).isCloseTo(16.6504, within(1e-4));
    assertThat(j.twoTier().syncMinIntervalSeconds()).isCloseTo(333.008, within(1e-3));
  }
}
