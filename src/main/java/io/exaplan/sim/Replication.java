package io.exaplan.sim;

/**
 * What one replication measured. Fractions are of the fleet's GPU-seconds over the horizon and
 * add up to one: goodput + stall + rework + restart + uncommitted = 1.
 *
 * @param seed                 the replication's own seed
 * @param goodput              GPU-seconds of compute kept by a completed checkpoint
 * @param stallFraction        GPU-seconds stalled writing (sync), staging or waiting for a drain
 * @param reworkFraction       GPU-seconds of compute thrown away by failures
 * @param restartFraction      GPU-seconds spent restarting
 * @param uncommittedFraction  compute done after the last completed checkpoint at the horizon
 * @param failures             job failures
 * @param checkpoints          checkpoints completed on the shared storage
 * @param checkpointsLost      pending uploads evicted for lack of local capacity
 * @param uploads              checkpoints copied to the central store
 * @param localPeakBytes       high-water mark of local checkpoint bytes (incl. writes under way)
 * @param wanBacklogPeakBytes  high-water mark of bytes waiting for the WAN
 * @param peakWriters          most writers active at once (for a positive length of time)
 * @param p99Writers           99th percentile of the number of active writers over the time
 *                             when at least one is active (0 if none ever is)
 * @param events               events executed (stale, cancelled ones not counted)
 */
public record Replication(
    long seed,
    double goodput,
    double stallFraction,
    double reworkFraction,
    double restartFraction,
    double uncommittedFraction,
    long failures,
    long checkpoints,
    long checkpointsLost,
    long uploads,
    double localPeakBytes,
    double wanBacklogPeakBytes,
    int peakWriters,
    int p99Writers,
    long events) {}
