package io.exaplan.design;

import io.exaplan.catalog.GuidanceLevel;

/**
 * An option measured against an NVIDIA guidance level for the GPUs it serves:
 * required = GPUs / SU size x per-SU figure; per GPU = per-SU figure / SU size.
 */
public record GuidanceCheck(
    String level,
    long gpus,
    double requiredReadBytesPerSec,
    double requiredWriteBytesPerSec,
    boolean meetsRead,
    boolean meetsWrite,
    double requiredReadBytesPerSecPerGpu,
    double requiredWriteBytesPerSecPerGpu) {

  /** {@code level} for {@code gpus} GPUs against a design's read and write. */
  public static GuidanceCheck of(GuidanceLevel level, long gpus, double read, double write) {
    double needRead = level.requiredRead(gpus);
    double needWrite = level.requiredWrite(gpus);
    return new GuidanceCheck(level.id(), gpus, needRead, needWrite, read >= needRead,
        write >= needWrite, level.readBytesPerSecPerSu() / level.suGpus(),
        level.writeBytesPerSecPerSu() / level.suGpus());
  }

  /** "read and write", "read only", "write only" or "no": which guidance figures are met. */
  public String verdict() {
    return meetsRead && meetsWrite ? "yes" : meetsRead ? "read only" : meetsWrite
        ? "write only" : "no";
  }
}
