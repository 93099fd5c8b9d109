package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.GpuNodeModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One job's share, the same in the cadence verdict and the GPU-side table. */
class JobShareTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();
  private final GpuNodeModel dgx = Catalog.builtIn().gpuNode("dgx-h100");

  @Test
  void share_tightestOfDesignShareAndGpuSide() {
    // 6.8 TB/s over 4 jobs = 1.7 TB/s each; a 100 GB/s bound binds; alone min(6.8 T, 100 G)
    JobShare s = new JobShare(4, 6.8e12, 100e9);
    assertThat(s.bytesPerSec()).isEqualTo(100e9);
    assertThat(s.aloneBytesPerSec()).isEqualTo(100e9);
    assertThat(s.clientBound()).isTrue();
    // a 10 TB/s bound does not: 1.7 TB/s each, 6.8 TB/s alone
    JobShare wide = new JobShare(4, 6.8e12, 10e12);
    assertThat(wide.bytesPerSec()).isEqualTo(1.7e12);
    assertThat(wide.aloneBytesPerSec()).isEqualTo(6.8e12);
    assertThat(wide.clientBound()).isFalse();
  }

  @Test
  void gpuSideWrite_405bPod_busiestNodeBinds() {
    // 405B: c = 14 x 405,853,388,800 = 5,681,947,443,200 B. Node 0 holds 4 first-replica ranks,
    // each writing 2P/128 = 6,341,459,200 B of weights + 3 x 4P/41,472 = 3 x 39,144,809.877 B of
    // optimizer state: node 0 = 25,835,574,518.5 B. Bound = min(10,368 writing nodes x 100 GB/s
    // = 1,036.8 TB/s, c x 100 GB/s / node 0 = 21.9927 TB/s) = 21.9927 TB/s.
    Shards s = Shards.of(CheckpointSize.of(k.models().get("llama-3.1-405b"), k.state(), 1),
        Parallelism.filling(41_472, 8, 16, 1), 4);
    assertThat(JobShare.gpuSideWrite(s, 100e9)).isCloseTo(21.99272727e12, within(1e4));
  }

  @Test
  void smallJob_nicBinds_verdictAndTableAgree() {
    // Llama 3.1 8B on one DGX H100 (TP 1, DP 8, ZeRO 1): c = 112,423,657,472 B, all written by
    // node 0 through its 100 GB/s, so the bound is 100 GB/s. Against a 6.8 TB/s design shared by
    // 4 jobs (1.7 TB/s each) the NIC binds: write 112,423,657,472 / 100e9 = 1.12424 s. Every
    // 20 s at stall 5% needs 112,423,657,472 / (0.05 x 20) = 112.42 GB/s > 100 GB/s: no, and
    // not alone either (alone is NIC-bound too); shortest interval 112.42e9 / (0.05 x 100e9) =
    // 22.4847 s. On the share alone (1.7 TB/s) the verdict would wrongly say yes.
    Shards s = Shards.of(CheckpointSize.of(k.models().get("llama-3.1-8b"), k.state(), 1),
        new Parallelism(1, 1, 8, 1), 8);
    double bound = JobShare.gpuSideWrite(s, dgx.storageBytesPerSec());
    assertThat(bound).isEqualTo(100e9);
    JobOnDesign j = JobOnDesign.of(new JobOnDesign.Design("big", 9e12, 6.8e12, 4), s, dgx, 0.05,
        12.5e9);
    DesignFit.Row r = DesignFit.rows(s.checkpointBytes(), List.of(20.0), 0.05,
        CheckpointMode.SYNC, List.of(new DesignFit.DesignRate("big", 6.8e12, 4, bound))).get(0);
    assertThat(r.writeBytesPerSec()).isEqualTo(100e9).isEqualTo(j.share().jobWriteBytesPerSec());
    assertThat(r.aloneWriteBytesPerSec()).isEqualTo(100e9);
    assertThat(r.writeSeconds()).isCloseTo(1.12423657, within(1e-8))
        .isEqualTo(j.share().writeSeconds());
    assertThat(r.requiredWriteBytesPerSec()).isCloseTo(112.423657e9, within(1e3));
    assertThat(r.writeClientBound()).isTrue();
    assertThat(j.share().writeClientBound()).isTrue();
    assertThat(r.meets()).isFalse();
    assertThat(r.meetsAlone()).isFalse();
    assertThat(r.verdict()).isEqualTo("no");
    assertThat(r.minIntervalSeconds()).isCloseTo(22.48473149, within(1e-7));
    assertThat(r.sentence()).contains("bound by the job's own storage NICs");
    // judged again from the row (DesignFailures does): the same share
    assertThat(r.rate().share().bytesPerSec()).isEqualTo(100e9);
  }
}
