package io.exaplan.catalog;

import io.exaplan.config.Figure;
import java.util.Map;

/**
 * An NVIDIA storage performance guideline: read and write per scalable unit (SU) of GPUs. The
 * requirement for a fleet is (GPUs / SU size) x per-SU figure.
 */
public record GuidanceLevel(
    String id,
    String name,
    int suGpus,
    double readBytesPerSecPerSu,
    double writeBytesPerSecPerSu,
    Map<String, Figure> figures) implements Item {

  /** Read needed by {@code gpus} GPUs: gpus / suGpus x per-SU read. */
  public double requiredRead(long gpus) {
    return (double) gpus / suGpus * readBytesPerSecPerSu;
  }

  /** Write needed by {@code gpus} GPUs: gpus / suGpus x per-SU write. */
  public double requiredWrite(long gpus) {
    return (double) gpus / suGpus * writeBytesPerSecPerSu;
  }
}
