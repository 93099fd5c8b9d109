package io.exaplan.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** JobState packs eight fields a job into one long[]: no field may clobber another. */
class JobStateTest {

  /**
   * Random writes to random fields of random jobs against a plain array per field (the layout it
   * replaced): after every write, every field of the written job and of its neighbours reads back
   * what the reference holds. Doubles include -0.0, the smallest subnormal and huge values (raw
   * bits are kept, so -0.0 stays -0.0); ints include negative epochs (an int counter that wrapped).
   */
  @Test
  void randomWrites_everyFieldReadsBackWhatWasWritten() {
    int jobs = 5;
    JobState s = new JobState(jobs);
    double[][] d = new double[5][jobs];
    int[] state = new int[jobs];
    boolean[] draining = new boolean[jobs];
    int[] epoch = new int[jobs];
    int[] sinceCopy = new int[jobs];
    double[] odd = {-0.0, Double.MIN_VALUE, 1e300, 3.25, 0};
    SplittableRandom rng = new SplittableRandom(3);
    for (int step = 0; step < 20_000; step++) {
      int j = rng.nextInt(jobs);
      int field = rng.nextInt(9);
      double v = rng.nextBoolean() ? odd[rng.nextInt(odd.length)] : rng.nextDouble() * 1e6;
      int n = rng.nextInt();
      switch (field) {
        case 0 -> s.since(j, d[0][j] = v);
        case 1 -> s.position(j, d[1][j] = v);
        case 2 -> s.committed(j, d[2][j] = v);
        case 3 -> s.pendingPosition(j, d[3][j] = v);
        case 4 -> s.stall(j, d[4][j] = v);
        case 5 -> s.state(j, state[j] = rng.nextInt(5)); // the model's five state codes
        case 6 -> s.draining(j, draining[j] = rng.nextBoolean());
        case 7 -> s.epoch(j, epoch[j] = n);
        default -> s.sinceCopy(j, sinceCopy[j] = n & Integer.MAX_VALUE);
      }
      for (int k = Math.max(0, j - 1); k <= Math.min(jobs - 1, j + 1); k++) {
        assertThat(Double.doubleToRawLongBits(s.since(k)))
            .isEqualTo(Double.doubleToRawLongBits(d[0][k]));
        assertThat(Double.doubleToRawLongBits(s.position(k)))
            .isEqualTo(Double.doubleToRawLongBits(d[1][k]));
        assertThat(Double.doubleToRawLongBits(s.committed(k)))
            .isEqualTo(Double.doubleToRawLongBits(d[2][k]));
        assertThat(Double.doubleToRawLongBits(s.pendingPosition(k)))
            .isEqualTo(Double.doubleToRawLongBits(d[3][k]));
        assertThat(Double.doubleToRawLongBits(s.stall(k)))
            .isEqualTo(Double.doubleToRawLongBits(d[4][k]));
        assertThat(s.state(k)).isEqualTo(state[k]);
        assertThat(s.draining(k)).isEqualTo(draining[k]);
        assertThat(s.epoch(k)).isEqualTo(epoch[k]);
        assertThat(s.sinceCopy(k)).isEqualTo(sinceCopy[k]);
      }
    }
  }

  /** A fresh job is all zeros: state 0 (computing), not draining, epoch 0, at time 0. */
  @Test
  void fresh_allZero() {
    JobState s = new JobState(2);
    assertThat(s.since(1)).isZero();
    assertThat(s.state(1)).isZero();
    assertThat(s.draining(1)).isFalse();
    assertThat(s.epoch(1)).isZero();
    assertThat(s.sinceCopy(1)).isZero();
  }
}
