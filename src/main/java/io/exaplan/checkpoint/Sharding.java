package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a part of the training state is split over the ranks of a job, which decides how many ranks
 * write it and how much each writes. Tensor and pipeline parallelism split every part (each rank
 * holds its slice of the layers); data parallelism splits a part only when the ZeRO stage shards
 * it (Rajbhandari et al., SC20, section 5: stage 1 partitions the optimizer state, stage 2 adds
 * the gradients, stage 3 the parameters). A part that is not split over data parallelism is the
 * same on every replica and written once, by the first.
 */
public enum Sharding {
  /** Parameters: split over data parallelism only at ZeRO stage 3 (FSDP's full sharding). */
  WEIGHTS(3),
  /** Optimizer state (fp32 master, Adam moments): split over data parallelism from stage 1. */
  OPTIMIZER(1);

  private final int fromZeroStage;

  Sharding(int fromZeroStage) {
    this.fromZeroStage = fromZeroStage;
  }

  /** True when ZeRO stage {@code zero} splits this part over the data-parallel replicas. */
  public boolean overDataParallel(int zero) {
    return zero >= fromZeroStage;
  }

  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "weights" or "optimizer"; null for anything else. */
  public static Sharding parse(String text) {
    for (Sharding s : values()) {
      if (s.key().equals(text)) {
        return s;
      }
    }
    return null;
  }
}
