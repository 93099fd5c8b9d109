package io.exaplan.checkpoint;

import java.util.List;

/**
 * How big one checkpoint is: parameters x bytes per parameter, with the per-parameter breakdown.
 * Sharding it across data-parallel replicas (ZeRO, FSDP) splits who writes what, not the total.
 *
 * @param model what was sized ("llama-3.1-405b", "custom", or "given" for a byte count)
 * @param parameters null when the size was given in bytes
 * @param components the breakdown; empty when the size was given in bytes
 */
public record CheckpointSize(String model, String modelName, Long parameters,
    double bytesPerParam, List<Component> components, double checkpointBytes, int shards,
    double shardBytes) {

  /**
   * One part of the per-parameter state, what it adds to the checkpoint and how parallelism splits
   * it.
   */
  public record Component(String id, String name, double bytesPerParam, double bytes,
      Sharding sharding) {}

  public CheckpointSize {
    components = List.copyOf(components);
  }

  /** {@code m}'s checkpoint with the catalog's per-parameter breakdown. */
  public static CheckpointSize of(ModelPreset m, List<StateComponent> state, int shards) {
    List<Component> parts = state.stream().map(s -> new Component(s.id(), s.name(),
        s.bytesPerParam(), s.bytesPerParam() * m.parameters(), s.sharding())).toList();
    double perParam = state.stream().mapToDouble(StateComponent::bytesPerParam).sum();
    return sized(m, perParam, parts, shards);
  }

  /**
   * The checkpoint of a scenario's {@code checkpointModel} (a preset id or a parameter count,
   * already validated), with the built-in catalog's per-parameter breakdown, unsharded.
   */
  public static CheckpointSize ofModel(String modelRef) {
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    return of(k.model("checkpointModel", modelRef), k.state(), 1);
  }

  /** {@code m}'s checkpoint at a given number of bytes per parameter (no breakdown). */
  public static CheckpointSize of(ModelPreset m, double bytesPerParam, int shards) {
    return sized(m, bytesPerParam, List.of(new Component("given", "bytes per parameter as given",
        bytesPerParam, bytesPerParam * m.parameters(), Sharding.OPTIMIZER)), shards);
  }

  /** A checkpoint known only by its size. */
  public static CheckpointSize ofBytes(double bytes, int shards) {
    return new CheckpointSize("given", "checkpoint of the given size", null, Double.NaN,
        List.of(), bytes, shards, bytes / shards);
  }

  private static CheckpointSize sized(ModelPreset m, double perParam, List<Component> parts,
      int shards) {
    double bytes = perParam * m.parameters();
    return new CheckpointSize(m.id(), m.name(), m.parameters(), perParam, parts, bytes, shards,
        bytes / shards);
  }
}
