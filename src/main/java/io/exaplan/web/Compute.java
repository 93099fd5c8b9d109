package io.exaplan.web;

import io.exaplan.config.Cancelled;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the engine for requests on two bounded pools, so a burst of heavy requests cannot starve
 * the page's quick ones: {@link Weight#LIGHT} work (compare, size, checkpoint: milliseconds) and
 * {@link Weight#HEAVY} work (simulate, optimize, sensitivity, sites, durability and the report's
 * drawings: up to seconds) each have their own threads and a short queue. A full queue answers
 * 429 with Retry-After ({@link Busy}); a request past its deadline answers 503 ({@link
 * Unavailable}) and its thread is interrupted, which the simulator and the optimiser check, so
 * the work stops instead of running on. Memory is bounded with the work: at most threads +
 * queue requests of each weight exist at once.
 */
final class Compute implements AutoCloseable {
  /** How heavy a request's work is: which pool runs it. */
  enum Weight { LIGHT, HEAVY }

  /** Seconds a client told 429 is asked to wait: about one heavy request's deadline share. */
  static final int RETRY_AFTER_SECONDS = 5;

  private final ThreadPoolExecutor light;
  private final ThreadPoolExecutor heavy;
  private final long timeoutMillis;
  private final long heavyTimeoutMillis;

  /** {@code threads} and {@code queue} for the heavy pool; the light pool gets as many again. */
  Compute(int threads, int queue, long timeoutMillis) {
    this(threads, queue, threads, queue, timeoutMillis);
  }

  Compute(int lightThreads, int lightQueue, int heavyThreads, int heavyQueue,
      long timeoutMillis) {
    this(lightThreads, lightQueue, heavyThreads, heavyQueue, timeoutMillis, timeoutMillis);
  }

  /** {@code heavyTimeoutMillis}: the deadline of heavy work, which takes up to seconds. */
  Compute(int lightThreads, int lightQueue, int heavyThreads, int heavyQueue,
      long timeoutMillis, long heavyTimeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.heavyTimeoutMillis = heavyTimeoutMillis;
    this.light = pool("exaplan-light", lightThreads, lightQueue);
    this.heavy = pool("exaplan-heavy", heavyThreads, heavyQueue);
  }

  private static ThreadPoolExecutor pool(String name, int threads, int queue) {
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** Light work. */
  <T> T run(Supplier<T> work) {
    return run(Weight.LIGHT, work);
  }

  /** The engine's answer; {@link Busy} when the pool is full, {@link Unavailable} when late. */
  <T> T run(Weight weight, Supplier<T> work) {
    Future<T> f;
    try {
      f = (weight == Weight.HEAVY ? heavy : light).submit(work::get);
    } catch (RejectedExecutionException e) {
      throw new Busy(weight == Weight.HEAVY
          ? "the server is busy with other long computations; try again in "
              + RETRY_AFTER_SECONDS + " s"
          : "the server is busy with other requests; try again in " + RETRY_AFTER_SECONDS + " s");
    }
    long deadline = weight == Weight.HEAVY ? heavyTimeoutMillis : timeoutMillis;
    try {
      return f.get(deadline, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true); // interrupts the worker: the simulator and optimiser stop on it
      throw new Unavailable("the computation took longer than " + deadline / 1000.0
          + " s and was stopped; try smaller inputs");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new Unavailable("the server is stopping");
    } catch (CancellationException e) {
      throw new Unavailable("the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Cancelled) {
        throw new Unavailable("the server is stopping");
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      // an Error (say, a stack overflow) is a bug to report as a 500 like any other
      throw new IllegalStateException("the engine failed", cause);
    }
  }

  /** Requests of this weight running or waiting now (for tests and the load check). */
  int load(Weight weight) {
    ThreadPoolExecutor p = weight == Weight.HEAVY ? heavy : light;
    return p.getActiveCount() + p.getQueue().size();
  }

  @Override
  public void close() {
    light.shutdownNow();
    heavy.shutdownNow();
  }

  /** HTTP 503: the request was fine, the server cannot answer it now. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message, null, false, false);
    }
  }

  /** HTTP 429 with Retry-After: every worker and queue place of the request's weight is taken. */
  static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message, null, false, false);
    }
  }
}
