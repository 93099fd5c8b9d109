package io.exaplan.optimize;

/**
 * What no design in the space can beat, each figure on its own: racks, kW (on the scenario's
 * power basis) and rack units, and the objective's score. {@code witness} is the least design of
 * the model combination that attains the objective's bound, kept to explain the arithmetic.
 */
public record LowerBound(long racks, double watts, long rackUnits, Score score,
    Candidate witness) {}
