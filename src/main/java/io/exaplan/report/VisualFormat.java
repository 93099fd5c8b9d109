package io.exaplan.report;

import io.exaplan.config.InputException;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.deck.Deck;
import io.exaplan.report.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    switch (this) {
      case HTML:
        AtomicFile.write(out, s -> s.write(HtmlReport.render(d).getBytes(StandardCharsets.UTF_8)));
        return List.of(out);
      case PPTX:
        AtomicFile.write(out, s -> Deck.write(d, s));
        return List.of(out);
      default:
        return drawings(d, folder(out));
    }
  }

  private static Path folder(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InputException("--out: " + out + " is a file; svg and png write a folder");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InputException("--out: folder " + parent + " does not exist");
    }
    Files.createDirectories(out);
    return out;
  }

  private List<Path> drawings(Deliverables d, Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    boolean svg = this == SVG;
    String ext = svg ? ".svg" : ".png";
    for (Deliverables.OptionSheets os : d.sheets()) {
      String id = os.option().id();
      written.add(put(dir.resolve(id + "-racks-summary" + ext), svg
          ? utf8(os.summary().svg()) : os.summary().png(PNG_SCALE)));
      if (os.full() != null) {
        written.add(put(dir.resolve(id + "-racks-full" + ext), svg
            ? utf8(os.full().svg()) : os.full().png(PNG_SCALE)));
      }
    }
    for (Charts.Named n : d.charts()) {
      written.add(put(dir.resolve(n.id() + ext), svg
          ? utf8(ChartKit.svgDocument(n.chart(), n.id(), ChartKit.WIDTH, ChartKit.HEIGHT))
          : ChartKit.png(n.chart(), ChartKit.WIDTH, ChartKit.HEIGHT, PNG_SCALE)));
    }
    return written;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Path put(Path file, byte[] bytes) throws IOException {
    AtomicFile.write(file, s -> s.write(bytes));
    return file;
  }
}
