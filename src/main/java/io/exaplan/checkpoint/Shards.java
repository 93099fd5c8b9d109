package io.exaplan.checkpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Who writes what of one checkpoint. Each part of the state ({@link CheckpointSize.Component}) is
 * split over the TP x PP ranks of a replica, and over the DP replicas too when the ZeRO stage
 * shards it ({@link Sharding}); a part the replicas share is written once, by the first replica.
 * So the total is the checkpoint whatever the layout, but the slowest rank, the first replica's,
 * writes every part's slice: {@code largest rank = sum over parts of bytes / shards}.
 *
 * <p>Ranks sit on GPU nodes in order, one per GPU, a replica's ranks together (rank r is on node
 * floor(r / GPUs per node)); node 0 holds first-replica ranks, so it writes the most. Layers are
 * assumed evenly split over pipeline stages (the stages holding the embedding and output head
 * write a little more).
 *
 * @param writers ranks that write anything: TP x PP, times DP when some part is DP-sharded
 * @param writingNodes GPU nodes holding at least one writer
 * @param largestNodeBytes what node 0 writes: the figure its storage NICs must carry
 * @param weightsBytes the weights-sharded parts (what serving or evaluation loads)
 */
public record Shards(Parallelism parallelism, int gpusPerNode, long ranks, long writers,
    double checkpointBytes, double weightsBytes, double largestRankBytes, long nodes,
    long writingNodes, double largestNodeBytes, List<Part> parts) {

  /** One part: its bytes, into how many shards it is split and what each writer writes. */
  public record Part(String id, String name, Sharding sharding, double bytes, long shards,
      double bytesPerWriter) {}

  public Shards {
    parts = List.copyOf(parts);
  }

  /**
   * The shard plan of {@code size} under {@code p} on nodes of {@code gpusPerNode} GPUs. A size
   * given only in bytes is one part sharded like optimizer state (which is 12 of a mixed-precision
   * checkpoint's 14 bytes per parameter).
   */
  public static Shards of(CheckpointSize size, Parallelism p, int gpusPerNode) {
    List<CheckpointSize.Component> comps = size.components().isEmpty()
        ? List.of(new CheckpointSize.Component("given", size.modelName(), Double.NaN,
            size.checkpointBytes(), Sharding.OPTIMIZER)) : size.components();
    long mp = p.modelParallel();
    long ranks = p.ranks();
    long onNode0 = Math.min(gpusPerNode, ranks);
    long replicaOnNode0 = Math.min(onNode0, mp);
    List<Part> parts = new ArrayList<>();
    double largestRank = 0;
    double node0 = 0;
    double weights = 0;
    long writers = mp;
    for (CheckpointSize.Component c : comps) {
      boolean overDp = c.sharding().overDataParallel(p.zero());
      long shards = overDp ? ranks : mp;
      double each = c.bytes() / shards;
      parts.add(new Part(c.id(), c.name(), c.sharding(), c.bytes(), shards, each));
      largestRank += each;
      node0 += (overDp ? onNode0 : replicaOnNode0) * each;
      writers = Math.max(writers, shards);
      if (c.sharding() == Sharding.WEIGHTS) {
        weights += c.bytes();
      }
    }
    return new Shards(p, gpusPerNode, ranks, writers, size.checkpointBytes(), weights,
        largestRank, ceilDiv(ranks, gpusPerNode), ceilDiv(writers, gpusPerNode), node0, parts);
  }

  static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
