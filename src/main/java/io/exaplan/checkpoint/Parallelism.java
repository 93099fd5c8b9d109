package io.exaplan.checkpoint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.exaplan.config.InputException;

/**
 * How a training job is laid over its GPUs: tensor (TP) x pipeline (PP) parallelism form one model
 * replica, data parallelism (DP) copies it, and the ZeRO stage (0-3) says which parts of the state
 * the replicas split instead of each holding the whole (Rajbhandari et al., SC20; stage 3 is
 * PyTorch FSDP's full sharding). One rank per GPU: ranks = TP x PP x DP.
 */
public record Parallelism(int tp, int pp, int dp, int zero) {
  /** More ranks than any job; larger products are typing mistakes. */
  public static final long MAX_RANKS = 100_000_000L;

  public Parallelism {
    for (Object[] f : new Object[][] {{"tp", tp}, {"pp", pp}, {"dp", dp}}) {
      int v = (Integer) f[1];
      if (v < 1 || v > MAX_RANKS) {
        throw new InputException("parallelism." + f[0] + ": must be a whole number from 1 to "
            + MAX_RANKS + ", got " + v);
      }
    }
    if (zero < 0 || zero > 3) {
      throw new InputException("parallelism.zero: must be 0, 1, 2 or 3, got " + zero);
    }
    if ((long) tp * pp * dp > MAX_RANKS) {
      throw new InputException("parallelism: tp x pp x dp = " + (long) tp * pp * dp
          + " ranks; expected at most " + MAX_RANKS);
    }
  }

  /** TP x PP: the ranks of one model replica. */
  @JsonIgnore
  public long modelParallel() {
    return (long) tp * pp;
  }

  public long ranks() {
    return modelParallel() * dp;
  }

  /**
   * {@code tp} x {@code pp} with data parallelism filling {@code gpus} (the job's GPUs), rounded
   * down (GPUs left over hold no rank). A model replica larger than the job is clamped (pipeline
   * first, then tensor parallelism) so that it fits; {@link #clampNote} says so.
   */
  public static Parallelism filling(long gpus, int tp, int pp, int zero) {
    int t = (int) Math.min(tp, gpus);
    int q = (int) Math.max(1, Math.min(pp, gpus / t));
    return new Parallelism(t, q, (int) Math.min(Integer.MAX_VALUE, gpus / ((long) t * q)), zero);
  }

  /** Why {@code p} differs from the requested {@code tp} x {@code pp}; null when it does not. */
  public static String clampNote(Parallelism p, int tp, int pp, long gpus) {
    return p.tp() == tp && p.pp() == pp ? null : "Parallelism clamped to TP " + p.tp() + " x PP "
        + p.pp() + ": TP " + tp + " x PP " + pp + " needs " + (long) tp * pp
        + " GPUs per replica, the job has " + gpus + ".";
  }
}
