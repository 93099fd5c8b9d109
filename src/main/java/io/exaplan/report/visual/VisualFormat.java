package io.exaplan.report.visual;

import io.exaplan.config.InputException;
import io.exaplan.report.AtomicFile;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.deck.Deck;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.html.HtmlReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** Writes the deliverables to {@code out}; returns the files written, in order. */
  public List<Path> write(Deliverables d, Path out) throws IOException {
    if (folder) {
      return drawings(d, folder(out));
    }
    AtomicFile.write(out, s -> writeFile(d, s));
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

  /** One file of the svg or png folder: its name without extension, a title, its bytes. */
  public record Drawing(String name, String title, Supplier<byte[]> bytes) {}

  /** The files of the svg or png folder, in order; each drawn only when asked for. */
  public List<Drawing> drawings(Deliverables d) {
    boolean svg = this == SVG;
    List<Drawing> out = new ArrayList<>();
    for (Deliverables.OptionSheets os : d.sheets()) {
      String id = os.option().id();
      out.add(new Drawing(id + "-racks-summary", os.option().name() + ": racks", () -> svg
          ? utf8(os.summary().svg()) : os.summary().png(PNG_SCALE)));
      if (os.full() != null) {
        out.add(new Drawing(id + "-racks-full", os.option().name() + ": every rack", () -> svg
            ? utf8(os.full().svg()) : os.full().png(PNG_SCALE)));
      }
      if (os.floor() != null) {
        out.add(new Drawing(id + "-floor", os.option().name() + ": floor plan", () -> svg
            ? utf8(os.floor().svg()) : os.floor().png(PNG_SCALE)));
      }
    }
    for (Charts.Named n : d.charts()) {
      out.add(new Drawing(n.id(), n.title(), () -> svg
          ? utf8(ChartKit.svgDocument(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT))
          : ChartKit.png(n.chart(), ChartKit.WIDTH, ChartKit.HEIGHT, PNG_SCALE)));
    }
    return out;
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
    AtomicFile.writeFolder("--out", dir, rel -> rel.indexOf('/') < 0 && rel.endsWith(ext),
        folder -> {
          for (Drawing dr : drawings(d)) {
            byte[] bytes = dr.bytes().get();
            folder.write(dr.name() + ext, s -> s.write(bytes));
            written.add(dir.resolve(dr.name() + ext));
          }
        });
    return written;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
