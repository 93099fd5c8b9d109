package io.exaplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * A progress bar on the terminal for work that runs longer than a second: silent for the first
 * second (short runs print nothing), then redrawn in place five times a second. Only used when
 * standard error is a terminal, so pipes, files and tests never see it.
 */
final class ProgressBar implements AutoCloseable {
  private static final long QUIET_MILLIS = 1000;
  private static final long REDRAW_MILLIS = 200;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final DoubleSupplier progress;
  private final Thread thread;
  private volatile boolean done;
  private boolean drawn;

  private ProgressBar(PrintWriter err, String label, DoubleSupplier progress) {
    this.err = err;
    this.label = label;
    this.progress = progress;
    this.thread = new Thread(this::loop, "exaplan-progress");
    thread.setDaemon(true);
  }

  /** Starts a bar if standard error is a terminal; otherwise one that never draws. */
  static ProgressBar start(PrintWriter err, String label, DoubleSupplier progress) {
    ProgressBar b = new ProgressBar(err, label, progress);
    if (stderrIsTerminal()) {
      b.thread.start();
    }
    return b;
  }

  /**
   * Whether standard error is a terminal. Java 17 can only tell for stdin and stdout together
   * ({@link System#console()}), which misses the common {@code > out.json}; on Linux the file
   * descriptor's link names the device.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** "label [#######-----------]  35%". */
  static String render(String label, double fraction) {
    double f = Math.max(0, Math.min(1, fraction));
    int filled = (int) Math.round(f * WIDTH);
    return label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
        + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(f * 100));
  }

  private void loop() {
    try {
      Thread.sleep(QUIET_MILLIS);
      while (!done) {
        synchronized (this) {
          if (!done) {
            err.print("\r" + render(label, progress.getAsDouble()));
            err.flush();
            drawn = true;
          }
        }
        Thread.sleep(REDRAW_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the bar and clears its line. */
  @Override
  public void close() {
    synchronized (this) {
      done = true;
      if (drawn) {
        err.print("\r" + " ".repeat(render(label, 1).length()) + "\r");
        err.flush();
      }
    }
    thread.interrupt();
  }
}
