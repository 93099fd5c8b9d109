package io.exaplan.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesignFailuresTest {
  private static final CheckpointCatalog K = CheckpointCatalog.builtIn();

  private static List<DesignFailures> podAndSlow() {
    CheckpointFit fit = CheckpointFit.of("llama-3.1-405b", List.of(900.0, 60.0), 0.05,
        CheckpointMode.SYNC, List.of(new DesignFit.DesignRate("pod", 1.4625e12),
            new DesignFit.DesignRate("slow", 0.34125e12)));
    return DesignFailures.of(fit, K.model("m", "llama-3.1-405b"), 41_472, K);
  }

  @Test
  void of_builtInPod_dalysCompleteModelOnItsWriteTime() {
    DesignFailures pod = podAndSlow().get(0);
    // delta = 405,853,388,800 x 14 B / 1.4625e12 B/s = 3.885092 s.
    assertThat(pod.writeSeconds()).isCloseTo(3.885092, within(1e-6));
    CheckpointAnalysis a = pod.analysis();
    // M = 54 d x 86,400 s x 16,384 / 419 / 41,472 GPUs = 4,399.045 s.
    assertThat(a.fleetMtbfSeconds()).isCloseTo(4_399.045, within(1e-3));
    // Young sqrt(2 x 3.885 x 4,399.05) = 184.882 s; Daly 184.882 (1 + sqrt(x)/3 + x/9) - 3.885
    // with x = delta/2M = 4.4158e-4: 182.301 s.
    assertThat(a.youngIntervalSeconds()).isCloseTo(184.882, within(1e-3));
    assertThat(a.dalyIntervalSeconds()).isCloseTo(182.301, within(1e-3));
    // R = 600 s: 182.301 / (4,399.05 e^(600/4,399.05) (e^(186.186/4,399.05) - 1)) = 0.836342.
    assertThat(a.dalyEfficiency()).isCloseTo(0.836342, within(1e-6));
    assertThat(a.writeTimeGiven()).isTrue();
  }

  @Test
  void of_cadences_oneAnalysisEachShortestFirstSameDalyAnswer() {
    DesignFailures pod = podAndSlow().get(0);
    assertThat(pod.byCadence()).extracting(CheckpointAnalysis::intervalSeconds)
        .containsExactly(60.0, 900.0);
    // Only the efficiency at the cadence depends on it; at 60 s, 60 / (4,399.05 e^0.13639
    // (e^(63.885/4,399.05) - 1)) = 0.813504.
    assertThat(pod.byCadence().get(0).efficiency()).isCloseTo(0.813504, within(1e-6));
    assertThat(pod.byCadence().get(1).dalyEfficiency()).isEqualTo(
        pod.byCadence().get(0).dalyEfficiency());
    // The fleet table of `checkpoint`: the catalog's sizes plus the job's own.
    assertThat(pod.analysis().fleet()).extracting(Failures.FleetRow::gpus).contains(1024L,
        41_472L, 131_072L);
  }

  @Test
  void of_slowerDesign_lowerEfficiencyAtEveryFleetSize() {
    List<DesignFailures> f = podAndSlow();
    List<Failures.FleetRow> fast = f.get(0).analysis().fleet();
    List<Failures.FleetRow> slow = f.get(1).analysis().fleet();
    assertThat(slow).hasSameSizeAs(fast);
    for (int i = 0; i < fast.size(); i++) {
      assertThat(slow.get(i).dalyEfficiency()).isLessThan(fast.get(i).dalyEfficiency());
    }
    // Daly's example values are assumptions, so every analysis lists them.
    assertThat(f.get(1).analysis().assumptions()).anyMatch(a -> a.startsWith(
        "failures.restartTime = 10 min (assumption:"));
  }
}
