package io.exaplan.design;

import io.exaplan.catalog.GpuNodeModel;
import io.exaplan.sizing.Bound;

/**
 * The GPU side of an option: the GPUs it serves sit on {@code gpuNodes} servers of model
 * {@code gpuNode}, whose storage NICs carry {@code clientBytesPerSec} in all. The GPUs can read
 * and write no faster than that, so the rates an option shows are {@code min(storage side,
 * client)}, bound {@code client} when the NICs bind (docs/model.md, "The GPU side"). Applied as a
 * step after the storage-side sizing; {@code storageRead/WriteBytesPerSec} keep what the storage
 * alone delivers.
 */
public record GpuSide(String gpuNode, long gpuNodes, double clientBytesPerSec,
    double storageReadBytesPerSec, double storageWriteBytesPerSec) {

  /** {@code gpus} GPUs on nodes of {@code node}, in front of storage {@code t}. */
  public static GpuSide of(GpuNodeModel node, long gpus, Option.Throughput t) {
    long nodes = (gpus + node.gpus() - 1) / node.gpus();
    return new GpuSide(node.id(), nodes, nodes * node.storageBytesPerSec(), t.readBytesPerSec(),
        t.writeBytesPerSec());
  }

  /** {@code t} as the GPUs see it: each direction capped by the client NICs. */
  public Option.Throughput bound(Option.Throughput t) {
    boolean r = clientBytesPerSec < t.readBytesPerSec();
    boolean w = clientBytesPerSec < t.writeBytesPerSec();
    return new Option.Throughput(r ? clientBytesPerSec : t.readBytesPerSec(),
        w ? clientBytesPerSec : t.writeBytesPerSec(), r ? Bound.CLIENT : t.readBound(),
        w ? Bound.CLIENT : t.writeBound(), t.terms());
  }
}
