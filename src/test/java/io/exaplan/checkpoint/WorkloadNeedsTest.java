package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.exaplan.config.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadNeedsTest {
  private final WorkloadCatalog w = WorkloadCatalog.builtIn();
  private static final double CKPT_405B = 5_681_947_443_200.0;

  @Test
  void catalog_presetsAndRetention() {
    assertThat(w.workloads()).containsOnlyKeys("text-llm", "image", "video");
    // 5 newest + one a day for 30 days = 35 checkpoints per job
    assertThat(w.workload("workload", "text-llm").checkpointsRetained()).isEqualTo(35);
    assertThat(w.assumptions(w.workload("workload", "video"))).isNotEmpty()
        .allMatch(a -> a.contains("assumption:"));
    assertThatThrownBy(() -> w.workload("workload", "audio")).isInstanceOf(InputException.class)
        .hasMessage("workload: unknown workload 'audio'; expected one of: text-llm, image, video");
  }

  @Test
  void textLlm_builtInFleet() {
    // 160,000 GPUs x 658 B/s = 105.28 MB/s; 4 jobs x 62.4 TB = 249.6 TB of data sets;
    // 4 x 35 x 5.682 TB = 795.47 TB of checkpoints; (249.6 + 795.47) / 0.9 = 1,161.19 TB;
    // one epoch: 62.4 TB / (41,472 x 658 B/s) = 2,286,671 s (26.5 days)
    WorkloadNeeds n = WorkloadNeeds.of(w.workload("workload", "text-llm"), 160_000, 41_472, 4,
        CKPT_405B, 9.0e12, 1e18, List.of(new WorkloadNeeds.OptionSide("ncp-1eb", 50.22e12,
            1.0007e18)), List.of());
    assertThat(n.readBytesPerSec()).isEqualTo(105.28e6);
    assertThat(n.datasetsBytes()).isEqualTo(249.6e12);
    assertThat(n.checkpointsRetainedPerJob()).isEqualTo(35);
    assertThat(n.checkpointsBytes()).isCloseTo(795.4726e12, within(1e8));
    assertThat(n.capacityBytes()).isCloseTo(1161.1918e12, within(1e8));
    assertThat(n.scratchBytes()).isCloseTo(116.1192e12, within(1e8));
    assertThat(n.epochSeconds()).isCloseTo(2_286_671.2, within(0.1));
    assertThat(n.readVsOptions().get(0).meetsRead()).isTrue();
    assertThat(n.readVsOptions().get(0).meetsCapacity()).isTrue();
  }

  @Test
  void video_readBindsEveryOption() {
    // 160,000 x 1 GB/s = 160 TB/s, above ncp-1eb's 50.22 TB/s and GB200 enhanced's 34.7 TB/s;
    // capacity (4 x 10 PB + 795.47 TB) / 0.9 = 45.328 PB
    WorkloadNeeds n = WorkloadNeeds.of(w.workload("workload", "video"), 160_000, 41_472, 4,
        CKPT_405B, 34.72e12, 1e18, List.of(new WorkloadNeeds.OptionSide("ncp-1eb", 50.22e12,
            1.0007e18)), List.of());
    assertThat(n.readBytesPerSec()).isEqualTo(160e12);
    assertThat(n.readVsOptions().get(0).meetsRead()).isFalse();
    assertThat(n.capacityBytes()).isCloseTo(45.32830e15, within(1e10));
  }

  @Test
  void parse_badScratchShare_namesFileAndField() {
    String yaml = "sources:\n  s: \"x\"\nworkloads:\n  a:\n    name: A\n    readPerGpu: 1 GB/s @s\n"
        + "    dataset: 1 PB @s\n    epochs: 1 @s\n    checkpointsKept: 2 @s\n"
        + "    milestoneEvery: 1 d @s\n    retention: 7 d @s\n    scratchShare: 1.5 @s\n";
    assertThatThrownBy(() -> WorkloadCatalog.parse("w.yaml", yaml))
        .isInstanceOf(InputException.class).hasMessageContaining("w.yaml:12")
        .hasMessageContaining("workloads.a.scratchShare: must be a fraction in [0, 1), got 1.5");
  }
}
