package io.exaplan.design;

/**
 * An option measured against an NVIDIA guidance level for the GPUs it serves:
 * required = GPUs / SU size x per-SU figure.
 */
public record GuidanceCheck(
    String level,
    long gpus,
    double requiredReadBytesPerSec,
    double requiredWriteBytesPerSec,
    boolean meetsRead,
    boolean meetsWrite) {}
