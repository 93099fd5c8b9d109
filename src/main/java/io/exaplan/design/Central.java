package io.exaplan.design;

/**
 * The central object store's part in the multi-site plan: every {@code copyEvery}-th local
 * checkpoint of each training job is copied there and {@code copiesKept} copies per job are kept.
 * The checkpoint is the scenario's {@code checkpointModel}, sized by the checkpoint package.
 */
public record Central(int copyEvery, int copiesKept, double checkpointIntervalSeconds) {}
