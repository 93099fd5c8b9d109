package io.exaplan.optimize;

import java.util.List;

/**
 * The Pareto front of {@link Optimizer#pareto}: for each rack budget up to {@code maxRacks}, the
 * design with the most write throughput, then the least kW, then the most usable capacity, listed
 * when it differs from the smaller budget's. Ascending racks, strictly rising write.
 */
public record Front(List<Candidate> points, int maxRacks, long evaluated) {
  public Front {
    points = List.copyOf(points);
  }
}
