package io.exaplan.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the engine for requests on a few worker threads with a deadline, so a pathological input
 * or a burst of requests answers 503 instead of tying up every server thread. The engine cannot
 * be interrupted mid-sizing; a late result is dropped.
 */
final class Compute implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final long timeoutMillis;

  Compute(int threads, int queue, long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, "exaplan-compute");
          t.setDaemon(true);
          return t;
        });
  }

  /** The engine's answer, or {@link Unavailable} when busy or too slow. */
  <T> T run(Supplier<T> work) {
    Future<T> f;
    try {
      f = pool.submit(work::get);
    } catch (RejectedExecutionException e) {
      throw new Unavailable("the server is busy with other requests; try again");
    }
    try {
      return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Unavailable("the computation took longer than " + timeoutMillis / 1000.0
          + " s; try smaller inputs");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      // an Error (say, a stack overflow) is a bug to report as a 500 like any other
      throw new IllegalStateException("the engine failed", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** HTTP 503: the request was fine, the server cannot answer it now. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message, null, false, false);
    }
  }
}
