package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.config.InputException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CheckpointSizeTest {
  private final CheckpointCatalog k = CheckpointCatalog.builtIn();

  @Test
  void presets_llama31_exactParameterCounts() {
    // Hugging Face safetensors metadata of meta-llama/Llama-3.1-{8B,70B,405B}; e.g. 405B:
    // 126 layers x 3,187,703,808 + 2 x 128,256 x 16,384 (embeddings, untied) + 16,384 (norm)
    // = 401,650,679,808 + 4,202,692,608 + 16,384 = 405,853,388,800.
    assertThat(k.models().get("llama-3.1-8b").parameters()).isEqualTo(8_030_261_248L);
    assertThat(k.models().get("llama-3.1-70b").parameters()).isEqualTo(70_553_706_496L);
    assertThat(k.models().get("llama-3.1-405b").parameters()).isEqualTo(405_853_388_800L);
    assertThat(k.models().get("example-1t").parameters()).isEqualTo(1_000_000_000_000L);
  }

  @Test
  void of_405b_14BytesPerParameterWithBreakdown() {
    // 405,853,388,800 x (2 + 4 + 4 + 4) = 5,681,947,443,200 B = 5.682 TB; bf16 part x 2.
    CheckpointSize s = CheckpointSize.of(k.models().get("llama-3.1-405b"), k.state(), 1);
    assertThat(s.bytesPerParam()).isEqualTo(14.0);
    assertThat(s.checkpointBytes()).isEqualTo(5_681_947_443_200.0);
    assertThat(s.components()).extracting(CheckpointSize.Component::bytes)
        .containsExactly(811_706_777_600.0, 1_623_413_555_200.0, 1_623_413_555_200.0,
            1_623_413_555_200.0);
  }

  @Test
  void of_givenBytesPerParam_replacesBreakdown() {
    // 8,030,261,248 x 16 = 128,484,179,968 B.
    CheckpointSize s = CheckpointSize.of(k.models().get("llama-3.1-8b"), 16, 1);
    assertThat(s.checkpointBytes()).isEqualTo(128_484_179_968.0);
    assertThat(s.components()).hasSize(1);
  }

  @Test
  void shards_randomCounts_neverChangeTheTotal() {
    SplittableRandom rnd = new SplittableRandom(7);
    ModelPreset m = k.models().get("llama-3.1-70b");
    double whole = CheckpointSize.of(m, k.state(), 1).checkpointBytes();
    for (int i = 0; i < 2000; i++) {
      int shards = 1 + rnd.nextInt(100_000);
      CheckpointSize s = CheckpointSize.of(m, k.state(), shards);
      assertThat(s.checkpointBytes()).isEqualTo(whole);
      assertThat(s.shardBytes() * shards).isCloseTo(whole, within(whole * 1e-12));
    }
  }

  @Test
  void resolveModel_numberOrPreset_orNull() {
    assertThat(k.resolveModel("300e9").parameters()).isEqualTo(300_000_000_000L);
    assertThat(k.resolveModel("llama-3.1-8b").name()).isEqualTo("Llama 3.1 8B");
    assertThat(k.resolveModel("gpt-5")).isNull();
    assertThat(k.resolveModel("0")).isNull();
    assertThatThrownBy(() -> k.model("--model", "gpt-5")).isInstanceOf(InputException.class)
        .hasMessage("--model: unknown model 'gpt-5'; expected one of: llama-3.1-8b, "
            + "llama-3.1-70b, llama-3.1-405b, example-1t, or a whole number of parameters");
  }

  @Test
  void cadence_60sVs15min_15TimesTheWrite() {
    // 5,681,947,443,200 B / (0.05 x 60 s) = 1,893,982,481,066.7 B/s = 1.894 TB/s;
    // at 900 s it is 126.3 GB/s, 15 times less.
    double b = 5_681_947_443_200.0;
    assertThat(Cadence.syncWriteBytesPerSec(b, 60, 0.05)).isCloseTo(1.8939824810667e12,
        within(1.0));
    assertThat(Cadence.syncWriteBytesPerSec(b, 60, 0.05)
        / Cadence.syncWriteBytesPerSec(b, 900, 0.05)).isCloseTo(15.0, within(1e-12));
    assertThat(Cadence.asyncFloorBytesPerSec(b, 300)).isCloseTo(1.8939824810667e10, within(1.0));
    assertThat(Cadence.asyncLocalNvmeBytes(b)).isEqualTo(2 * b);
  }

  @Test
  void cadence_randomIntervals_requiredWriteScalesAsOneOverInterval() {
    SplittableRandom rnd = new SplittableRandom(15);
    for (int i = 0; i < 5000; i++) {
      double bytes = 1e9 + rnd.nextDouble() * 1e14;
      double interval = 1 + rnd.nextDouble() * 86_400;
      double stall = 0.001 + rnd.nextDouble() * 0.999;
      double factor = 1.5 + rnd.nextDouble() * 100;
      double sync = Cadence.syncWriteBytesPerSec(bytes, interval, stall);
      double async = Cadence.asyncFloorBytesPerSec(bytes, interval);
      assertThat(Cadence.syncWriteBytesPerSec(bytes, interval * factor, stall) * factor)
          .as("case %d", i).isCloseTo(sync, within(sync * 1e-12));
      assertThat(Cadence.asyncFloorBytesPerSec(bytes, interval * factor) * factor)
          .as("case %d", i).isCloseTo(async, within(async * 1e-12));
    }
  }

  @Test
  void designFit_pod_missesSixtySecondsAtFivePercent() {
    // Pod write 450 x 3.25 GB/s = 1.4625 TB/s. 60 s at 5%: needs 1.894 TB/s -> no.
    // Write time 5,681,947,443,200 / 1.4625e12 = 3.885 s; stall fraction 3.885 / 60 = 0.0648.
    // Shortest interval = 5.682e12 / (0.05 x 1.4625e12) = 77.70 s. Async: floor at 60 s is
    // 94.7 GB/s -> yes; shortest interval = the write time 3.885 s.
    double b = 5_681_947_443_200.0;
    DesignFit.DesignRate pod = new DesignFit.DesignRate("ncp-pod", 1.4625e12);
    DesignFit.Row sync = DesignFit.rows(b, List.of(60.0), 0.05, CheckpointMode.SYNC,
        List.of(pod)).get(0);
    assertThat(sync.meets()).isFalse();
    assertThat(sync.writeSeconds()).isCloseTo(3.8851, within(1e-4));
    assertThat(sync.stallSeconds()).isCloseTo(3.8851, within(1e-4));
    assertThat(sync.busyFraction()).isCloseTo(0.064752, within(1e-6));
    assertThat(sync.minIntervalSeconds()).isCloseTo(77.702, within(1e-3));
    DesignFit.Row async = DesignFit.rows(b, List.of(60.0), 0.05, CheckpointMode.ASYNC,
        List.of(pod)).get(0);
    assertThat(async.meets()).isTrue();
    assertThat(async.stallSeconds()).isNull();
    assertThat(async.minIntervalSeconds()).isCloseTo(3.8851, within(1e-4));
  }
}
