package io.exaplan.report.visual;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.report.AtomicFile;
import io.exaplan.report.Report;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.deck.Deck;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.html.HtmlReport;
import io.exaplan.report.svg.Sheet;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * The formats of {@code report}: one file (html, pptx) or a folder of drawings (svg, png: the
 * rack sheets of every option and every chart). Every file is written atomically.
 */
public enum VisualFormat {
  HTML(false), PPTX(false), SVG(true), PNG(true);

  /** PNG pixels per drawing pixel: crisp on print and on high-density screens. */
  static final double PNG_SCALE = 2;

  private final boolean folder;

  VisualFormat(boolean folder) {
    this.folder = folder;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code --out} names a folder. */
  public boolean folder() {
    return folder;
  }

  public static VisualFormat named(String name) {
    for (VisualFormat f : values()) {
      if (f.key().equals(name)) {
        return f;
      }
    }
    List<String> keys = new ArrayList<>();
    for (VisualFormat f : values()) {
      keys.add(f.key());
    }
    throw new InputException("--format: unknown format '" + name + "'; expected one of: "
        + String.join(", ", keys));
  }

  /**
   * The deliverables for this format, for the command line, made on the cores it has: {@link
   * Deliverables#buildAtOnce} on {@link #threads} threads, and for html (the one format showing
   * the studies) the studies started first, on a thread of their own, beside the rest (see
   * {@link Deliverables#prefetch}). The same deliverables as {@link Deliverables#build}.
   */
  public Deliverables build(Scenario s, Catalog c, List<Report> studies) {
    if (this == HTML) {
      Deliverables.prefetch(studies);
    }
    int n = threads() - 1;
    if (n < 1) {
      return Deliverables.build(s, c, studies);
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, daemon("exaplan-deliverables"));
    try {
      return Deliverables.buildAtOnce(s, c, studies, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Writes the deliverables to {@code out}; returns the files written, in order. */
  public List<Path> write(Deliverables d, Path out) throws IOException {
    if (folder) {
      return drawings(d, folder(out));
    }
    if (this == PPTX) {
      // the command line's deck draws its slides on the cores (Deck.write: the same bytes)
      AtomicFile.write(out, s -> Deck.write(d, s, threads()));
    } else {
      AtomicFile.write(out, s -> writeFile(d, s));
    }
    return List.of(out);
  }

  /** The one file of html or pptx, to a stream (a file, or a web download). */
  public void writeFile(Deliverables d, OutputStream out) throws IOException {
    switch (this) {
      case HTML:
        out.write(HtmlReport.render(d).getBytes(StandardCharsets.UTF_8));
        break;
      case PPTX:
        Deck.write(d, out);
        break;
      default:
        throw new IllegalStateException(key() + " writes a folder of drawings");
    }
  }

  /**
   * One file of the svg or png folder: its name without extension, a title, its bytes, and its
   * area in drawing pixels (what drawing and encoding it cost, so the largest start first).
   */
  public record Drawing(String name, String title, Supplier<byte[]> bytes, double area) {}

  /** The files of the svg or png folder, in order; each drawn only when asked for. */
  public List<Drawing> drawings(Deliverables d) {
    boolean svg = this == SVG;
    List<Drawing> out = new ArrayList<>();
    for (Deliverables.OptionSheets os : d.sheets()) {
      String id = os.option().id();
      out.add(sheet(id + "-racks-summary", os.option().name() + ": racks", os.summary(), svg));
      if (os.full() != null) {
        out.add(sheet(id + "-racks-full", os.option().name() + ": every rack", os.full(), svg));
      }
      if (os.floor() != null) {
        out.add(sheet(id + "-floor", os.option().name() + ": floor plan", os.floor(), svg));
      }
    }
    for (Charts.Named n : d.charts()) {
      out.add(new Drawing(n.id(), n.title(), () -> svg
          ? utf8(ChartKit.svgDocument(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT))
          : ChartKit.png(n.chart(), ChartKit.WIDTH, ChartKit.HEIGHT, PNG_SCALE),
          (double) ChartKit.WIDTH * ChartKit.HEIGHT));
    }
    return out;
  }

  private static Drawing sheet(String name, String title, Sheet sheet, boolean svg) {
    return new Drawing(name, title, () -> svg ? utf8(sheet.svg()) : sheet.png(PNG_SCALE),
        sheet.width() * sheet.height());
  }

  private static Path folder(Path out) {
    if (Files.isRegularFile(out)) {
      throw new InputException("--out: " + out + " is a file; svg and png write a folder");
    }
    return out;
  }

  /**
   * The whole folder at once (AtomicFile.writeFolder): a kill mid-way leaves the earlier folder,
   * never a part of the new one. Files of this format (an earlier run's) are replaced with it.
   */
  private List<Path> drawings(Deliverables d, Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    String ext = "." + key();
    List<Drawing> all = drawings(d);
    AtomicFile.writeFolder("--out", dir, rel -> rel.indexOf('/') < 0 && rel.endsWith(ext),
        folder -> {
          try (Rendering r = new Rendering(all)) {
            for (int i = 0; i < all.size(); i++) {
              byte[] bytes = r.bytes(i);
              folder.write(all.get(i).name() + ext, s -> s.write(bytes));
              written.add(dir.resolve(all.get(i).name() + ext));
            }
          }
        });
    return written;
  }

  /**
   * Every file's bytes of the svg or png folder, in order, drawn as the folder is (on the cores,
   * largest first): what {@code report --format svg|png} computes before writing.
   */
  public List<byte[]> drawAll(Deliverables d) throws IOException {
    List<Drawing> all = drawings(d);
    List<byte[]> out = new ArrayList<>();
    try (Rendering r = new Rendering(all)) {
      for (int i = 0; i < all.size(); i++) {
        out.add(r.bytes(i));
      }
    }
    return out;
  }

  /**
   * Draws a folder's files on up to {@link #threads} threads at once, largest first, while they
   * are written in their order. Each file's bytes depend on its drawing alone, so the folder is
   * byte-identical to drawing them one after the other; the PNG folder is nearly all drawing and
   * Deflate (450 MB of raw pixels), which a second core halves. Closing stops what is left (a
   * failed write).
   */
  private static final class Rendering implements AutoCloseable {
    private final List<Drawing> all;
    private final ExecutorService pool;
    private final List<Future<byte[]>> made = new ArrayList<>();

    Rendering(List<Drawing> all) {
      this.all = all;
      int n = Math.min(threads(), all.size());
      pool = n < 2 ? null : Executors.newFixedThreadPool(n, daemon("exaplan-drawing"));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        made.add(null);
        order.add(i);
      }
      // largest first (ties in file order): the longest drawing does not start last
      order.sort(Comparator.comparingDouble((Integer i) -> -all.get(i).area())
          .thenComparingInt(i -> i));
      for (int i : order) {
        made.set(i, pool == null ? null : pool.submit(() -> all.get(i).bytes().get()));
      }
    }

    byte[] bytes(int i) throws IOException {
      if (pool == null) {
        return all.get(i).bytes().get();
      }
      try {
        return made.get(i).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while drawing " + all.get(i).name());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Threads the command line makes a deliverable on: the cores, at most {@value #MAX_THREADS}
   * (each PNG in flight holds its bitmap: ncp-1eb's every-rack sheet is 68 million pixels, 272
   * MB). The web server keeps to its own pools: it draws one file per request.
   */
  static int threads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  static final int MAX_THREADS = 4;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
