package io.exaplan.cli;

import io.exaplan.catalog.Item;
import io.exaplan.checkpoint.Architecture;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.ModelPreset;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What is checkpointed: a model preset, a parameter count, or a size in bytes. */
final class ModelOptions {
  @Option(names = "--model", paramLabel = "NAME",
      description = "Model preset: llama-3.1-8b, llama-3.1-70b, llama-3.1-405b or example-1t "
          + "(default: the scenario's checkpointModel).")
  String model;

  @Option(names = "--params", paramLabel = "N",
      description = "Number of parameters instead of a preset, e.g. 405e9.")
  String params;

  @Option(names = "--bytes-per-param", paramLabel = "B",
      description = "Checkpoint bytes per parameter (default 14: bf16 weights 2 + fp32 master 4 "
          + "+ two fp32 Adam moments 4 + 4).")
  String bytesPerParam;

  @Option(names = "--checkpoint-bytes", paramLabel = "SIZE",
      description = "Checkpoint size instead of a model, e.g. 5.68 TB or a number of bytes.")
  String checkpointBytes;

  @Option(names = "--layers", paramLabel = "N",
      description = "Transformer layers: with --hidden, --ffn, --heads and --vocab, the model by "
          + "its architecture (dense decoder, grouped-query attention, gated MLP; docs/model.md).")
  Integer layers;

  @Option(names = "--hidden", paramLabel = "N", description = "Hidden size (model width).")
  Long hidden;

  @Option(names = "--ffn", paramLabel = "N",
      description = "MLP inner size (of each expert with --experts).")
  Long ffn;

  @Option(names = "--heads", paramLabel = "N", description = "Attention (query) heads.")
  Integer heads;

  @Option(names = "--kv-heads", paramLabel = "N",
      description = "Key/value heads (grouped-query attention; default: --heads).")
  Integer kvHeads;

  @Option(names = "--vocab", paramLabel = "N", description = "Vocabulary size.")
  Long vocab;

  @Option(names = "--tied-embeddings",
      description = "The output head shares the input embedding's weights.")
  boolean tiedEmbeddings;

  @Option(names = "--experts", paramLabel = "N", defaultValue = "0",
      description = "Routed experts per layer (mixture of experts; default: ${DEFAULT-VALUE}, "
          + "a dense MLP).")
  int experts;

  @Option(names = "--shared-experts", paramLabel = "N", defaultValue = "0",
      description = "Always-on experts per layer beside the routed ones (default: "
          + "${DEFAULT-VALUE}).")
  int sharedExperts;

  @Option(names = "--state", paramLabel = "FILE",
      description = "YAML file whose 'state' parts (and 'sources') replace the checkpoint's "
          + "per-parameter breakdown, e.g. adding FP8 weights (layout of catalog/checkpoint.yaml).")
  java.nio.file.Path stateFile;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "Data-parallel shards the checkpoint is split into (the total is the same; "
          + "default: ${DEFAULT-VALUE}).")
  long shards;

  /** The checkpoint, the preset it came from (null if none) and the catalog entries used. */
  record Resolved(CheckpointSize size, ModelPreset preset, List<Item> used) {}

  /** {@code k} with the --state file's parts, if given. */
  CheckpointCatalog catalog(CheckpointCatalog k) {
    return stateFile == null ? k : k.withState(stateFile);
  }

  Resolved resolve(Scenario s, CheckpointCatalog k) {
    boolean arch = layers != null || hidden != null || ffn != null || heads != null
        || kvHeads != null || vocab != null || tiedEmbeddings || experts != 0
        || sharedExperts != 0;
    int given = (model != null ? 1 : 0) + (params != null ? 1 : 0)
        + (checkpointBytes != null ? 1 : 0) + (arch ? 1 : 0);
    if (given > 1) {
      throw new InputException(arch ? "--model, --params, --checkpoint-bytes and the "
          + "architecture flags (--layers ...) each say what is checkpointed; give only one of them"
          : "--model, --params and --checkpoint-bytes each say what is checkpointed; give only "
          + "one of them");
    }
    int n = (int) Flags.whole("--shards", shards, 1);
    if (checkpointBytes != null) {
      if (bytesPerParam != null) {
        throw new InputException("--bytes-per-param: not used with --checkpoint-bytes, which "
            + "gives the size directly");
      }
      return new Resolved(CheckpointSize.ofBytes(Flags.bytes("--checkpoint-bytes",
          checkpointBytes), n), null, List.of());
    }
    ModelPreset m = arch ? architecture().preset()
        : params != null ? ModelPreset.custom(parameters(params))
        : model != null ? k.model("--model", model) : k.model("checkpointModel",
            s.checkpointModel());
    List<Item> used = new ArrayList<>();
    used.add(m);
    if (bytesPerParam != null) {
      return new Resolved(CheckpointSize.of(m, Flags.number("--bytes-per-param", bytesPerParam),
          n), m, used);
    }
    used.addAll(k.state());
    return new Resolved(CheckpointSize.of(m, k.state(), n), m, used);
  }

  /** The architecture flags; --layers, --hidden, --ffn, --heads and --vocab are required. */
  private Architecture architecture() {
    List<String> missing = new ArrayList<>();
    if (layers == null) {
      missing.add("--layers");
    }
    if (hidden == null) {
      missing.add("--hidden");
    }
    if (ffn == null) {
      missing.add("--ffn");
    }
    if (heads == null) {
      missing.add("--heads");
    }
    if (vocab == null) {
      missing.add("--vocab");
    }
    if (!missing.isEmpty()) {
      throw new InputException(String.join(", ", missing) + ": missing; a model given by its "
          + "architecture needs --layers, --hidden, --ffn, --heads and --vocab");
    }
    return new Architecture(layers, hidden, ffn, heads, kvHeads == null ? heads : kvHeads, vocab,
        tiedEmbeddings, experts, sharedExperts);
  }

  private static long parameters(String text) {
    double v = Flags.number("--params", text);
    if (v != Math.rint(v) || v > 1e18) {
      throw new InputException("--params: must be a whole number of parameters such as 405e9, "
          + "got '" + text + "'");
    }
    return (long) v;
  }
}
