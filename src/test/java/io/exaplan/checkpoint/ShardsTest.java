package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShardsTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();
  private final CheckpointSize c8 = CheckpointSize.of(k.models().get("llama-3.1-8b"), k.state(), 1);
  private final CheckpointSize c405 =
      CheckpointSize.of(k.models().get("llama-3.1-405b"), k.state(), 1);

  // 8B: weights 2 x 8,030,261,248 = 16,060,522,496 B; optimizer 12 x = 96,363,134,976 B;
  // total 112,423,657,472 B. One DGX (8 GPUs), TP 1 x PP 1 x DP 8.
  @Test
  void zero0_firstReplicaWritesEverything() {
    Shards s = Shards.of(c8, new Parallelism(1, 1, 8, 0), 8);
    assertThat(s.writers()).isEqualTo(1);
    assertThat(s.largestRankBytes()).isEqualTo(112_423_657_472.0);
    assertThat(s.checkpointBytes()).isEqualTo(112_423_657_472.0);
    assertThat(s.largestNodeBytes()).isEqualTo(112_423_657_472.0);
    assertThat(s.writingNodes()).isEqualTo(1);
  }

  @Test
  void zero1_optimizerSplitOverReplicas_weightsWrittenOnce() {
    // rank 0: all weights 16,060,522,496 + 96,363,134,976 / 8 = 12,045,391,872 -> 28,105,914,368
    Shards s = Shards.of(c8, new Parallelism(1, 1, 8, 1), 8);
    assertThat(s.writers()).isEqualTo(8);
    assertThat(s.largestRankBytes()).isEqualTo(28_105_914_368.0);
    // all eight ranks on node 0: weights once + every optimizer shard = the whole checkpoint
    assertThat(s.largestNodeBytes()).isEqualTo(112_423_657_472.0);
    assertThat(s.parts()).extracting(Shards.Part::shards).containsExactly(1L, 8L, 8L, 8L);
  }

  @Test
  void zero3_everythingSplitOverReplicas() {
    // 112,423,657,472 / 8 = 14,052,957,184 per rank
    Shards s = Shards.of(c8, new Parallelism(1, 1, 8, 3), 8);
    assertThat(s.writers()).isEqualTo(8);
    assertThat(s.largestRankBytes()).isEqualTo(14_052_957_184.0);
  }

  @Test
  void llama405b_tp8pp16_onGb200Trays() {
    // 41,472 GPUs = TP 8 x PP 16 (128 per replica) x DP 324; weights 811,706,777,600 / 128 =
    // 6,341,459,200 per rank; optimizer 4,870,240,665,600 / 41,472 = 117,434,429.6 per rank;
    // largest rank 6,458,893,629.6 B; node 0 (4 first-replica ranks) 25,835,574,518.5 B.
    Parallelism p = Parallelism.filling(41_472, 8, 16, 1);
    assertThat(p.dp()).isEqualTo(324);
    Shards s = Shards.of(c405, p, 4);
    assertThat(s.ranks()).isEqualTo(41_472);
    assertThat(s.writers()).isEqualTo(41_472);
    assertThat(s.largestRankBytes()).isCloseTo(6_458_893_629.6, within(1.0));
    assertThat(s.largestNodeBytes()).isCloseTo(25_835_574_518.5, within(1.0));
    assertThat(s.nodes()).isEqualTo(10_368);
    assertThat(s.weightsBytes()).isEqualTo(811_706_777_600.0);
    // ZeRO 0: only the 128 first-replica ranks write, 5,681,947,443,200 / 128 = 44,390,214,400
    Shards z0 = Shards.of(c405, new Parallelism(8, 16, 324, 0), 4);
    assertThat(z0.writers()).isEqualTo(128);
    assertThat(z0.writingNodes()).isEqualTo(32);
    assertThat(z0.largestRankBytes()).isCloseTo(44_390_214_400.0, within(1.0));
  }

  @Test
  void totalNeverChanges_andLargestRankAtLeastTheAverage() {
    // property: for every layout, the parts add up to the checkpoint and the first replica's
    // rank writes at least checkpoint / writers
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < 500; i++) {
      Parallelism p = new Parallelism(1 + r.nextInt(8), 1 + r.nextInt(16), 1 + r.nextInt(64),
          r.nextInt(4));
      Shards s = Shards.of(c405, p, 1 + r.nextInt(8));
      double sum = s.parts().stream().mapToDouble(Shards.Part::bytes).sum();
      assertThat(sum).isCloseTo(c405.checkpointBytes(), within(1.0));
      assertThat(s.largestRankBytes() * s.writers())
          .isGreaterThanOrEqualTo(c405.checkpointBytes() * (1 - 1e-12));
      assertThat(s.largestNodeBytes()).isLessThanOrEqualTo(c405.checkpointBytes() * (1 + 1e-12));
    }
  }

  @Test
  void filling_clampsAReplicaLargerThanTheJob() {
    // 64 GPUs cannot hold TP 8 x PP 16 = 128: PP drops to 64 / 8 = 8, DP 1
    Parallelism p = Parallelism.filling(64, 8, 16, 1);
    assertThat(p).isEqualTo(new Parallelism(8, 8, 1, 1));
    assertThat(Parallelism.clampNote(p, 8, 16, 64)).contains("TP 8 x PP 8");
    assertThat(Parallelism.clampNote(Parallelism.filling(41_472, 8, 16, 1), 8, 16, 41_472))
        .isNull();
  }
}
