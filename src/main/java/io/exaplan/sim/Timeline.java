package io.exaplan.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What each job did and when, in one replication: the rows of the per-job timeline CSV
 * (job, state, start, end), ready for a Gantt-style plot. Kept in primitive arrays because a
 * long run has millions of intervals.
 */
public final class Timeline {
  /** State names, by the model's state codes. */
  static final String[] STATES = {"compute", "checkpoint", "stage", "wait-drain", "restart"};

  private int n;
  private int[] job = new int[256];
  private byte[] state = new byte[256];
  private double[] start = new double[256];
  private double[] end = new double[256];

  void add(int j, int s, double from, double to) {
    if (n == job.length) {
      int m = n * 2;
      job = Arrays.copyOf(job, m);
      state = Arrays.copyOf(state, m);
      start = Arrays.copyOf(start, m);
      end = Arrays.copyOf(end, m);
    }
    job[n] = j;
    state[n] = (byte) s;
    start[n] = from;
    end[n] = to;
    n++;
  }

  public int size() {
    return n;
  }

  public int job(int i) {
    return job[i];
  }

  public String state(int i) {
    return STATES[state[i]];
  }

  public double start(int i) {
    return start[i];
  }

  public double end(int i) {
    return end[i];
  }

  /** RFC 4180 CSV with a header; times in seconds to the millisecond. Never closes {@code out}. */
  public void writeCsv(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("job,state,startSeconds,endSeconds\n");
    for (int i = 0; i < n; i++) {
      w.write(String.format(Locale.ROOT, "%d,%s,%.3f,%.3f%n", job[i], STATES[state[i]],
          start[i], end[i]).replace(System.lineSeparator(), "\n"));
    }
    w.flush();
  }
}
