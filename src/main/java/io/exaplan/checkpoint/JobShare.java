package io.exaplan.checkpoint;

/**
 * One training job's share of a design's bandwidth: the design's rate split over the jobs that
 * use it at once, capped by what the job's own GPU nodes can carry,
 * {@code share = min(design / jobs, GPU-side bound)}. The one function behind the job's rate, so
 * the cadence verdict ({@link DesignFit}), the GPU-side table ({@link JobOnDesign}) and every
 * deliverable built on them agree: a small job on a fast design is bound by its NICs in all of
 * them, not in one.
 *
 * @param jobs training jobs sharing the design (at least 1)
 * @param designBytesPerSec the design's whole rate as the GPUs see it
 * @param gpuSideBytesPerSec the job's own bound ({@link #gpuSideWrite}); infinite when the job's
 *     GPUs are not modelled
 */
public record JobShare(int jobs, double designBytesPerSec, double gpuSideBytesPerSec) {

  public JobShare {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
    }
    if (!(gpuSideBytesPerSec > 0)) {
      throw new IllegalArgumentException("gpuSideBytesPerSec must be positive, got "
          + gpuSideBytesPerSec);
    }
  }

  /** One job's rate when every job uses the design at once: {@code min(design / jobs, bound)}. */
  public double bytesPerSec() {
    return Math.min(designBytesPerSec / jobs, gpuSideBytesPerSec);
  }

  /** One job's rate with the design to itself: {@code min(design, bound)}. */
  public double aloneBytesPerSec() {
    return Math.min(designBytesPerSec, gpuSideBytesPerSec);
  }

  /** The job's own nodes, not the design's share, set the rate. */
  public boolean clientBound() {
    return gpuSideBytesPerSec < designBytesPerSec / jobs;
  }

  /**
   * The fastest a job laid out as {@code s} can write a checkpoint through node NICs of
   * {@code nicBytesPerSec}: {@code min(writing nodes x NIC, checkpoint x NIC / node 0's bytes)}.
   * The second term is the busiest node's bound as a rate over the whole checkpoint (node 0
   * writes {@code largestNodeBytes} through its own NICs, so the write takes at least
   * {@code largestNodeBytes / NIC}); with the writes even over the writing nodes both terms are
   * equal.
   */
  public static double gpuSideWrite(Shards s, double nicBytesPerSec) {
    return Math.min(s.writingNodes() * nicBytesPerSec,
        s.checkpointBytes() * nicBytesPerSec / s.largestNodeBytes());
  }
}
