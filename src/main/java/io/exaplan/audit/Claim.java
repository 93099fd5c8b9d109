package io.exaplan.audit;

import java.util.List;
import java.util.Map;

/**
 * A claim to check: a statement about a design and the figures it implies. {@code target} (NaN
 * when absent) overrides the scenario's usable target; each combination of {@code versus} and
 * the varied settings is a variant.
 */
public record Claim(
    String id,
    String statement,
    DesignRef design,
    List<DesignRef> versus,
    Map<Metric, Double> expect,
    double tolerance,
    double target,
    List<Double> rackPowerLimits,
    List<String> switches,
    List<String> powerBases) {

  /** A built-in option by id, or explicit counts of a model ({@code option} null). */
  public record DesignRef(String option, String dbox, int dboxes, int cnodes) {
    public String label() {
      return option != null ? option : dboxes > 0 ? cnodes + " C-nodes + " + dboxes + " x " + dbox
          : dbox;
    }
  }
}
