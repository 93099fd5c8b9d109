package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The O(log n) shared bandwidth against the scanning one it replaced ({@link ScanningBandwidth}):
 * random writers start, finish and abort; both must finish the same writers in the same order at
 * the same times (to rounding), and count the same time at each concurrency.
 */
class SharedBandwidthTest {
  private static final int START = 0;
  private static final int ABORT = 1;
  private static final int DONE = 2;

  /** What a driver needs of either implementation. */
  private interface Server {
    void start(EventQueue q, double now, int s, double bytes);

    void abort(EventQueue q, double now, int s);

    int complete(EventQueue q, double now, int tag);

    void close(double end);

    double secondsWith(int k);
  }

  private static Server heap(double capacity, int subjects) {
    SharedBandwidth b = new SharedBandwidth(capacity, subjects, DONE);
    return new Server() {
      public void start(EventQueue q, double now, int s, double bytes) {
        b.start(q, now, s, bytes);
      }

      public void abort(EventQueue q, double now, int s) {
        b.abort(q, now, s);
      }

      public int complete(EventQueue q, double now, int tag) {
        return b.complete(q, now, tag);
      }

      public void close(double end) {
        b.close(end);
      }

      public double secondsWith(int k) {
        return b.secondsWith(k);
      }
    };
  }

  private static Server scan(double capacity, int subjects) {
    ScanningBandwidth b = new ScanningBandwidth(capacity, subjects, DONE);
    return new Server() {
      public void start(EventQueue q, double now, int s, double bytes) {
        b.start(q, now, s, bytes);
      }

      public void abort(EventQueue q, double now, int s) {
        b.abort(q, now, s);
      }

      public int complete(EventQueue q, double now, int tag) {
        return b.complete(q, now, tag);
      }

      public void close(double end) {
        b.close(end);
      }

      public double secondsWith(int k) {
        return b.secondsWith(k);
      }
    };
  }

  /**
   * Drives both servers through the same starts and aborts at the same times: writers start after
   * an exponential pause, write and sometimes abort; each finishes when the scanning server says.
   * After every step both must predict the same next writer to finish, at the same time (to
   * rounding: the times all come from the reference, so rounding cannot build up). {@code ties}:
   * whole-second starts and equal sizes, so several writers start together with equal bytes and
   * the first started must finish first in both.
   */
  private static int drive(long seed, int subjects, double capacity, boolean ties) {
    Server ref = scan(capacity, subjects);
    Server heap = heap(capacity, subjects);
    SplittableRandom r = new SplittableRandom(seed);
    EventQueue drv = new EventQueue(16);
    EventQueue q1 = new EventQueue(4);
    EventQueue q2 = new EventQueue(4);
    int[] epoch = new int[subjects];
    boolean[] writing = new boolean[subjects];
    double horizon = 2000;
    double next = Double.POSITIVE_INFINITY;
    int refTag = 0;
    int heapTag = 0;
    int steps = 0;
    for (int s = 0; s < subjects; s++) {
      drv.push(pause(r, 0, ties), START, s, 0);
    }
    while (Math.min(next, drv.isEmpty() ? Double.POSITIVE_INFINITY : drv.peekTime()) <= horizon) {
      q1.clear();
      q2.clear();
      if (drv.isEmpty() || next <= drv.peekTime()) {
        double t = next;
        int j = ref.complete(q1, t, refTag);
        assertThat(heap.complete(q2, t, heapTag)).as("writer done at %s", t).isEqualTo(j);
        writing[j] = false;
        epoch[j]++;
        drv.push(pause(r, t, ties), START, j, 0);
      } else {
        drv.pop();
        double t = drv.time();
        int s = drv.subject();
        if (drv.kind() == START) {
          double bytes = ties ? 100 : 1 + 999 * r.nextDouble();
          ref.start(q1, t, s, bytes);
          heap.start(q2, t, s, bytes);
          writing[s] = true;
          if (r.nextInt(4) == 0) {
            drv.push(t + 5 * -Math.log(1 - r.nextDouble()), ABORT, s, ++epoch[s]);
          }
        } else if (drv.tag() == epoch[s] && writing[s]) {
          ref.abort(q1, t, s);
          heap.abort(q2, t, s);
          writing[s] = false;
          drv.push(pause(r, t, ties), START, s, 0);
        } else {
          continue;
        }
      }
      steps++;
      assertThat(q2.size()).isEqualTo(q1.size());
      if (q1.isEmpty()) {
        next = Double.POSITIVE_INFINITY;
        continue;
      }
      q1.pop();
      q2.pop();
      assertThat(q2.subject()).as("step %d", steps).isEqualTo(q1.subject());
      assertThat(q2.time()).as("step %d", steps)
          .isCloseTo(q1.time(), within(1e-9 * Math.max(1, q1.time())));
      next = q1.time();
      refTag = q1.tag();
      heapTag = q2.tag();
    }
    ref.close(horizon);
    heap.close(horizon);
    for (int k = 0; k <= subjects; k++) {
      assertThat(heap.secondsWith(k)).isCloseTo(ref.secondsWith(k), within(1e-9 * horizon));
    }
    return steps;
  }

  private static double pause(SplittableRandom r, double now, boolean ties) {
    double t = now + 10 * -Math.log(1 - r.nextDouble());
    return ties ? Math.ceil(t) : t;
  }

  @Test
  void heap_randomWriters_finishAsTheScanningServerDoes() {
    SplittableRandom seeds = new SplittableRandom(7);
    long steps = 0;
    for (int round = 0; round < 200; round++) {
      int subjects = 1 + seeds.nextInt(round < 100 ? 8 : 200);
      steps += drive(seeds.nextLong(), subjects, 10 + 990 * seeds.nextDouble(), round % 2 == 0);
    }
    assertThat(steps).isGreaterThan(100_000);
  }

  @Test
  void equalShares_threeWriters_finishInOrderOfBytes() {
    // 300 B/s shared by writers of 100, 200 and 300 B started at 0: each drains at 100 B/s
    // until the first is done at 1 s; then 150 B/s for the 100 B the second has left, done at
    // 1 + 100/150 = 1.6667 s; the third has 100 B left alone at 300 B/s: 2 s.
    SharedBandwidth b = new SharedBandwidth(300, 3, DONE);
    EventQueue q = new EventQueue(8);
    b.start(q, 0, 2, 300);
    b.start(q, 0, 0, 100);
    b.start(q, 0, 1, 200);
    double[] want = {1, 1 + 100.0 / 150, 2};
    int[] who = {0, 1, 2};
    int done = 0;
    while (!q.isEmpty()) {
      q.pop();
      int s = b.complete(q, q.time(), q.tag());
      if (s >= 0) {
        assertThat(s).isEqualTo(who[done]);
        assertThat(q.time()).isCloseTo(want[done], within(1e-12));
        done++;
      }
    }
    assertThat(done).isEqualTo(3);
    b.close(2);
    // 3 writers for 1 s, 2 for 2/3 s, 1 for 1/3 s
    assertThat(b.secondsWith(3)).isCloseTo(1, within(1e-12));
    assertThat(b.secondsWith(2)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(b.secondsWith(1)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void abort_writerNotWriting_rejected() {
    SharedBandwidth b = new SharedBandwidth(1, 2, DONE);
    EventQueue q = new EventQueue(4);
    b.start(q, 0, 0, 1);
    assertThatThrownBy(() -> b.abort(q, 0, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.start(q, 0, 0, 1)).isInstanceOf(IllegalStateException.class);
  }
}
