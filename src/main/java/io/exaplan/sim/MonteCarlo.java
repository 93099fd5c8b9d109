package io.exaplan.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * R independent replications of a {@link TrainingModel}, run in parallel. Replication r's seed is
 * the r-th draw of a {@link SplittableRandom} seeded with the master seed, and results are kept
 * in replication order, so the outcome depends on the seed only: never on the number of threads
 * or on which thread finished first.
 */
public final class MonteCarlo {
  private final SimConfig config;
  private final long masterSeed;
  private final long[] seeds;
  private final int threads;
  private final AtomicReferenceArray<TrainingModel> running;

  /** What the replications produced, in replication order. */
  public record Outcome(
      SimConfig config,
      long seed,
      List<Replication> replications,
      List<double[]> backlogs,
      Timeline timeline,
      long events,
      double elapsedSeconds) {}

  public MonteCarlo(SimConfig config, int replications, long seed, int threads) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1");
    }
    this.config = config;
    this.threads = Math.max(1, Math.min(threads, replications));
    this.seeds = new long[replications];
    SplittableRandom master = new SplittableRandom(seed);
    for (int r = 0; r < replications; r++) {
      seeds[r] = master.nextLong();
    }
    this.running = new AtomicReferenceArray<>(replications);
    this.masterSeed = seed;
  }

  /** The seed of replication {@code r}. */
  public long seedOf(int r) {
    return seeds[r];
  }

  /** Fraction of all replications' horizons simulated so far; callable from any thread. */
  public double progress() {
    double sum = 0;
    for (int r = 0; r < seeds.length; r++) {
      TrainingModel m = running.get(r);
      sum += m == null ? 0 : m.progress();
    }
    return sum / seeds.length;
  }

  /**
   * Runs every replication and waits for them.
   *
   * @param recordTimeline keep replication 0's per-job timeline
   */
  public Outcome run(boolean recordTimeline) {
    long t0 = System.nanoTime();
    Timeline timeline = recordTimeline ? new Timeline() : null;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "exaplan-sim");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Replication>> futures = new ArrayList<>();
      for (int r = 0; r < seeds.length; r++) {
        int rep = r;
        futures.add(pool.submit(() -> {
          TrainingModel m = new TrainingModel(config, seeds[rep], rep == 0 ? timeline : null);
          running.set(rep, m);
          return m.run();
        }));
      }
      List<Replication> out = new ArrayList<>();
      List<double[]> backlogs = new ArrayList<>();
      long events = 0;
      for (int r = 0; r < seeds.length; r++) {
        Replication rep = futures.get(r).get();
        out.add(rep);
        backlogs.add(running.get(r).backlog());
        events += rep.events();
      }
      return new Outcome(config, masterSeed, out, backlogs, timeline, events,
          (System.nanoTime() - t0) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the finally stops every replication
      throw new io.exaplan.config.Cancelled("simulation");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
