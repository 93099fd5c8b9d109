package io.exaplan.optimize;

import java.util.List;

/**
 * The answer of {@link Optimizer#search}: the best design (null when none meets the targets), the
 * bound no design can beat, how many designs were sized out of how many the space holds, and why
 * whole model combinations were left out, and which constraint binds the best design
 * ({@code binding}: capacity, throughput, the C:D floor, durability or rebuild, in words).
 */
public record Search(Candidate best, LowerBound lowerBound, long evaluated, long candidates,
    List<String> excluded, String binding) {
  public Search {
    excluded = List.copyOf(excluded);
  }
}
