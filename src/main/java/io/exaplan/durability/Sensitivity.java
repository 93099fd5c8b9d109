package io.exaplan.durability;

/**
 * The durability of a layout under one changed input: the case in words, the drive AFR used, and
 * the resulting mean time to data loss, annual loss probability and nines.
 */
public record Sensitivity(
    String id,
    String label,
    double driveAfr,
    double mttdlHours,
    double annualLossProbability,
    double nines) {}
