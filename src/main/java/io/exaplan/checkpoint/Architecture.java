package io.exaplan.checkpoint;

import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import java.util.Locale;

/**
 * A decoder-only transformer by its shape, so its parameter count (and therefore its checkpoint)
 * follows from the architecture instead of a published total. Covers the Llama family: grouped-
 * query attention without biases (query and output projections hidden x hidden, key and value
 * hidden x kv heads x head dimension), a gated MLP (gate, up and down projections, 3 x hidden x
 * FFN), RMSNorm weights before attention, before the MLP and after the last layer, an input
 * embedding and an output head (shared when tied). With {@code experts > 0} every layer's MLP is a
 * mixture of experts: that many routed gated MLPs of width FFN, plus {@code sharedExperts}
 * always-on ones, and a hidden x experts router (Mixtral's layout). Not covered: biases, learned
 * position embeddings, multi-head latent attention, vision encoders; give their total with
 * {@code --params} instead.
 *
 * <p>The head dimension is hidden / heads rounded down, as DLIO (MLPerf Storage's checkpoint
 * emulator) computes it.
 */
public record Architecture(int layers, long hidden, long ffn, int heads, int kvHeads, long vocab,
    boolean tiedEmbeddings, int experts, int sharedExperts) {

  /** Larger than any model trained so far by six orders of magnitude; beyond it, a typo. */
  public static final long MAX_PARAMETERS = 1_000_000_000_000_000L;

  public Architecture {
    check("--layers", layers, 1, 100_000);
    check("--hidden", hidden, 1, 10_000_000);
    check("--ffn", ffn, 1, 100_000_000);
    check("--heads", heads, 1, hidden);
    check("--kv-heads", kvHeads, 1, heads);
    check("--vocab", vocab, 1, 100_000_000);
    check("--experts", experts, 0, 100_000);
    check("--shared-experts", sharedExperts, 0, 100_000);
    if (experts == 0 && sharedExperts > 0) {
      throw new InputException("--shared-experts: needs --experts (routed experts), got "
          + sharedExperts + " shared experts and no routed ones");
    }
  }

  private static void check(String flag, long v, long min, long max) {
    if (v < min || v > max) {
      throw new InputException(flag + ": must be between " + min + " and " + max + ", got " + v);
    }
  }

  public long headDim() {
    return hidden / heads;
  }

  /** Query, key, value and output projections of one layer. */
  public long attentionPerLayer() {
    long kvDim = headDim() * kvHeads;
    return hidden * (hidden + 2 * kvDim) + hidden * hidden;
  }

  /** One gated MLP: gate and up (hidden x FFN each) and down (FFN x hidden). */
  public long mlp() {
    return 3 * ffn * hidden;
  }

  /** The MLP block of one layer: one gated MLP, or every expert plus the router. */
  public long mlpPerLayer() {
    return experts == 0 ? mlp() : Math.multiplyExact(mlp(), (long) experts + sharedExperts)
        + hidden * experts;
  }

  /** The two RMSNorm weight vectors of one layer. */
  public long normsPerLayer() {
    return 2 * hidden;
  }

  public long embedding() {
    return vocab * hidden;
  }

  public long outputHead() {
    return tiedEmbeddings ? 0 : vocab * hidden;
  }

  /**
   * embedding + output head + layers x (attention + MLP block + norms) + final norm. Exact; a
   * shape whose count exceeds {@link #MAX_PARAMETERS} is a user error.
   */
  public long parameters() {
    try {
      long perLayer = Math.addExact(Math.addExact(attentionPerLayer(), mlpPerLayer()),
          normsPerLayer());
      long n = Math.addExact(Math.multiplyExact(perLayer, (long) layers),
          embedding() + outputHead() + hidden);
      if (n > MAX_PARAMETERS) {
        throw new ArithmeticException();
      }
      return n;
    } catch (ArithmeticException e) {
      throw new InputException("--layers/--hidden/--ffn: the architecture has more than "
          + Units.grouped(MAX_PARAMETERS) + " parameters; check the sizes");
    }
  }

  /** The model as a preset of its own: "126 layers, hidden 16384, FFN 53248, ...". */
  public ModelPreset preset() {
    String name = String.format(Locale.ROOT, "%d layers, hidden %d, FFN %d, %d/%d heads, "
        + "vocabulary %d%s%s", layers, hidden, ffn, heads, kvHeads, vocab,
        tiedEmbeddings ? ", tied embeddings" : "",
        experts == 0 ? "" : ", " + experts + " experts" + (sharedExperts == 0 ? ""
            : " + " + sharedExperts + " shared"));
    return new ModelPreset("architecture", name, parameters(), java.util.Map.of());
  }
}
