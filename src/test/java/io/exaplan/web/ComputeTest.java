package io.exaplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The engine's answers on bounded workers: late or surplus work answers 503, never hangs. */
class ComputeTest {

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void run_answers_returnsTheValue() {
    try (Compute c = new Compute(1, 1, 10_000)) {
      assertThat(c.run(() -> 6 * 7)).isEqualTo(42);
    }
  }

  @Test
  void run_failure_rethrowsTheEnginesException() {
    try (Compute c = new Compute(1, 1, 10_000)) {
      assertThatThrownBy(() -> c.run(() -> {
        throw new IllegalArgumentException("bad");
      })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
    }
  }

  @Test
  void run_workPastTheDeadline_isUnavailable() {
    CountDownLatch never = new CountDownLatch(1);
    try (Compute c = new Compute(1, 1, 50)) {
      assertThatThrownBy(() -> c.run(() -> {
        await(never);
        return 0;
      })).isInstanceOf(Compute.Unavailable.class)
          .hasMessage("the computation took longer than 0.05 s and was stopped; try smaller "
              + "inputs");
    }
  }

  @Test
  void run_moreWorkThanWorkersAndQueue_isBusy() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    try (Compute c = new Compute(1, 1, 60_000)) {
      Thread first = new Thread(() -> c.run(() -> {
        running.countDown();
        await(hold);
        return 1;
      }));
      first.start();
      running.await();
      Thread second = new Thread(() -> c.run(() -> 2)); // waits in the queue of one
      second.start();
      while (second.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }

      assertThatThrownBy(() -> c.run(() -> 3)).isInstanceOf(Compute.Busy.class)
          .hasMessage("the server is busy with other requests; try again in 5 s");
      hold.countDown();
      first.join();
      second.join();
    }
  }

  @Test
  void run_workPastTheDeadline_interruptsTheWorker() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    try (Compute c = new Compute(1, 1, 50)) {
      assertThatThrownBy(() -> c.run(Compute.Weight.HEAVY, () -> {
        // what the simulator and the optimiser do between steps
        while (!Thread.currentThread().isInterrupted()) {
          Thread.onSpinWait();
        }
        stopped.countDown();
        return 0;
      })).isInstanceOf(Compute.Unavailable.class);
      assertThat(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void run_heavyPoolFull_lightWorkStillRuns() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    try (Compute c = new Compute(1, 1, 1, 1, 60_000)) {
      Thread first = new Thread(() -> c.run(Compute.Weight.HEAVY, () -> {
        running.countDown();
        await(hold);
        return 1;
      }));
      first.start();
      running.await();
      Thread second = new Thread(() -> c.run(Compute.Weight.HEAVY, () -> 2));
      second.start();
      while (second.getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }

      assertThatThrownBy(() -> c.run(Compute.Weight.HEAVY, () -> 3))
          .isInstanceOf(Compute.Busy.class)
          .hasMessage("the server is busy with other long computations; try again in 5 s");
      assertThat(c.run(Compute.Weight.LIGHT, () -> 4)).isEqualTo(4);
      hold.countDown();
      first.join();
      second.join();
    }
  }
}
