package io.exaplan.optimize;

import io.exaplan.sizing.Sizing;

/** A sized design the search visited: its catalog choices, its counts and its score. */
public record Candidate(Group group, int dboxes, int cnodes, Sizing sizing, Score score) {}
