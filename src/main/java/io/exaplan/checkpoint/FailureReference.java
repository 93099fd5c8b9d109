package io.exaplan.checkpoint;

import io.exaplan.catalog.Item;
import io.exaplan.config.Figure;
import java.util.Map;

/**
 * The observed failure rate the per-GPU MTBF is derived from (a large training run's
 * interruptions over a period on a known number of GPUs), and the default restart time and amount
 * of work of the failure model.
 */
public record FailureReference(double interruptions, double periodSeconds, long gpus,
    double restartSeconds, double workSeconds, Map<String, Figure> figures) implements Item {

  @Override
  public String id() {
    return "failures";
  }

  /** Fleet MTBF of the reference run: period / interruptions. */
  public double fleetMtbfSeconds() {
    return periodSeconds / interruptions;
  }

  /** Failures are independent per GPU, so one GPU's MTBF is the fleet's times its size. */
  public double gpuMtbfSeconds() {
    return fleetMtbfSeconds() * gpus;
  }
}
