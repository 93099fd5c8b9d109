package io.exaplan.report.deck;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;

import io.exaplan.audit.ClaimResult;
import io.exaplan.catalog.Requirements;
import io.exaplan.config.Dimension;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.Cells;
import io.exaplan.report.Column;
import io.exaplan.report.Deliverables;
import io.exaplan.report.Table;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.svg.Fonts;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The slide deck (16:9, Apache POI XSLF): title, scenario, assumptions, the side-by-side table as
 * a real table, one slide per option with its rack picture and key numbers, the charts, the
 * checkpoint findings, the requirements fit and the claims audit. Every slide has a title
 * placeholder (so tools can read the outline) and speaker notes with the arithmetic behind it.
 */
public final class Deck {
  static final double W = 960;
  static final double H = 540;
  static final double MARGIN = 36;
  static final double TOP = 92;
  private static final String FONT = Fonts.FAMILY;
  private static final Color ACCENT = new Color(0x3b6ea8);
  private static final Color HEAD_FILL = new Color(0xeef2f7);

  /** Rows of the side-by-side slide: metric column keys of the compare report. */
  static final List<String> TABLE_ROWS = List.of("dboxes", "cnodes", "usablePB", "readTBps",
      "writeTBps", "racks", "rackBound", "powerKW", "meetsGuidance", "certified");

  private final XMLSlideShow ppt = new XMLSlideShow();
  private final Deliverables d;

  private Deck(Deliverables d) {
    this.d = d;
  }

  public static void write(Deliverables d, OutputStream out) throws IOException {
    Deck deck = new Deck(d);
    deck.build();
    deck.ppt.write(out);
    deck.ppt.close();
  }

  private void build() {
    ppt.setPageSize(new java.awt.Dimension((int) W, (int) H));
    Scenario s = d.scenario();
    GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    String[] ymd = s.date().split("-");
    date.set(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]) - 1, Integer.parseInt(ymd[2]));
    ppt.getProperties().getCoreProperties().setCreated(Optional.of(date.getTime()));
    ppt.getProperties().getCoreProperties().setTitle("Storage options: " + s.name());
    ppt.getProperties().getCoreProperties().setCreator("exaplan");
    titleSlide(s);
    scenarioSlide(s);
    assumptionsSlide();
    tableSlide();
    for (Deliverables.OptionSheets os : d.sheets()) {
      optionSlide(os);
    }
    for (Charts.Named n : d.charts()) {
      chartSlide(n);
    }
    checkpointSlide();
    requirementsSlide();
    auditSlide();
  }

  // ---- slides ----

  private void titleSlide(Scenario s) {
    XSLFSlide slide = ppt.createSlide(layout(SlideLayout.TITLE));
    XSLFTextShape title = slide.getPlaceholder(0);
    title.setAnchor(new Rectangle2D.Double(MARGIN, 150, W - 2 * MARGIN, 110));
    setText(title, "Storage options for GPU training fleets", 36, true, ACCENT);
    XSLFTextShape sub = slide.getPlaceholder(1);
    sub.setAnchor(new Rectangle2D.Double(MARGIN, 280, W - 2 * MARGIN, 120));
    setText(sub, s.name() + "\n" + s.date() + "  |  " + fixed(s.gpus(), 0) + " GPUs, "
        + human(s.targetUsableBytes(), Dimension.BYTES) + " usable per option", 20, false,
        Color.DARK_GRAY);
    notes(slide, d.compare().subtitle() + "\nEvery number comes from exaplan's engine: a "
        + "sourced catalog figure or a formula in docs/model.md.");
  }

  private void scenarioSlide(Scenario s) {
    XSLFSlide slide = titled("Scenario");
    bullets(slide, List.of(
        fixed(s.gpus(), 0) + " GPUs over " + s.sites() + " site(s); training clusters of "
            + fixed(s.clusterGpus(), 0) + " GPUs",
        "Every option sized to " + human(s.targetUsableBytes(), Dimension.BYTES)
            + " usable, no data-reduction credit",
        "Checked against NVIDIA guidance level " + s.guidance(),
        "Racks limited to " + human(s.rackPowerLimitWatts(), Dimension.POWER) + " ("
            + s.powerBasis().key() + " draw), " + s.rack() + ", switches " + s.switchModel(),
        "Options: " + String.join(", ", optionIds())), 18, new Rectangle2D.Double(MARGIN, TOP,
            W - 2 * MARGIN, H - TOP - MARGIN));
    notes(slide, d.compare().subtitle());
  }

  private void assumptionsSlide() {
    XSLFSlide slide = titled("Assumptions the numbers rest on");
    Table t = d.compare().tables().get(2);
    List<String> lines = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      String a = String.valueOf(r.get(0));
      int cut = a.indexOf(" (assumption:");
      lines.add(cut > 0 ? a.substring(0, cut) : a);
    }
    int half = (lines.size() + 1) / 2;
    double colW = (W - 2 * MARGIN - 20) / 2;
    bullets(slide, lines.subList(0, half), 11, new Rectangle2D.Double(MARGIN, TOP, colW,
        H - TOP - MARGIN));
    bullets(slide, lines.subList(half, lines.size()), 11, new Rectangle2D.Double(
        MARGIN + colW + 20, TOP, colW, H - TOP - MARGIN));
    StringBuilder n = new StringBuilder("Each assumption with its reasoning:\n");
    for (List<Object> r : t.rows()) {
      n.append("- ").append(r.get(0)).append(" [used by ").append(r.get(1)).append("]\n");
    }
    notes(slide, n.toString());
  }

  private void tableSlide() {
    XSLFSlide slide = titled("Options side by side");
    Table t = d.compare().tables().get(0);
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("");
    for (List<Object> r : t.rows()) {
      head.add(String.valueOf(r.get(0)));
    }
    rows.add(head);
    for (String key : TABLE_ROWS) {
      int c = t.indexOf(key);
      Column col = t.columns().get(c);
      List<String> row = new ArrayList<>();
      row.add(col.title());
      for (List<Object> r : t.rows()) {
        row.add(Cells.display(col, r.get(c)));
      }
      rows.add(row);
    }
    table(slide, rows, 13, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), null);
    StringBuilder n = new StringBuilder();
    for (Option o : d.comparison().options()) {
      n.append(o.id()).append(": ").append(String.join(" ", o.notes())).append("\n\n");
    }
    notes(slide, n.toString());
  }

  private void optionSlide(Deliverables.OptionSheets os) {
    Option o = os.option();
    XSLFSlide slide = titled(o.name() + " (" + o.id() + ")");
    double picH = H - TOP - MARGIN;
    double picW = picH * os.summary().width() / os.summary().height();
    double maxW = W * 0.58;
    if (picW > maxW) {
      picH = picH * maxW / picW;
      picW = maxW;
    }
    picture(slide, os.summary().png(2), new Rectangle2D.Double(MARGIN, TOP, picW, picH));
    List<String> lines = new ArrayList<>();
    lines.add(o.racks() + " racks (" + o.rackBound().key() + "-bound: space "
        + o.spaceBoundRacks() + ", power " + o.powerBoundRacks() + ")");
    lines.add(human(o.powerWatts(), Dimension.POWER) + " typical, " + human(o.powerMaxWatts(),
        Dimension.POWER) + " max");
    lines.add(human(o.usableBytes(), Dimension.BYTES) + " usable");
    lines.add("Read " + human(o.readBytesPerSec(), Dimension.BYTE_RATE) + " ("
        + o.readBound().key() + "-bound)");
    lines.add("Write " + human(o.writeBytesPerSec(), Dimension.BYTE_RATE) + " ("
        + o.writeBound().key() + "-bound)");
    lines.add((o.guidance().meetsRead() && o.guidance().meetsWrite() ? "Meets " : "Below ")
        + o.guidance().level() + " guidance for " + fixed(o.gpusServed(), 0) + " GPUs");
    if (os.plan() == null) {
      lines.add("Internals not modelled: each drawn rack stands for all " + o.racks());
    } else {
      lines.add(o.dboxes() + " enclosures, " + o.cnodes() + " C-nodes, " + o.switches()
          + " switches");
    }
    bullets(slide, lines, 15, new Rectangle2D.Double(MARGIN + picW + 20, TOP,
        W - 2 * MARGIN - picW - 20, H - TOP - MARGIN));
    notes(slide, String.join("\n", o.notes()));
  }

  private void chartSlide(Charts.Named n) {
    XSLFSlide slide = titled(n.title());
    double h = H - TOP - MARGIN - 44;
    double w = h * ChartKit.WIDTH / ChartKit.HEIGHT;
    picture(slide, ChartKit.png(n.chart(), ChartKit.WIDTH, ChartKit.HEIGHT, 2),
        new Rectangle2D.Double((W - w) / 2, TOP, w, h));
    XSLFTextBox cap = slide.createTextBox();
    cap.setAnchor(new Rectangle2D.Double(MARGIN, TOP + h + 4, W - 2 * MARGIN, 40));
    setText(cap, n.caption(), 10, false, Color.DARK_GRAY);
    notes(slide, n.caption());
  }

  private void checkpointSlide() {
    XSLFSlide slide = titled("Checkpoint findings");
    var b = d.checkpoint();
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("Option", "GPUs served", "Round",
        "Time to write"));
    for (double c : b.cadencesSeconds()) {
      head.add("Stall every " + human(c, Dimension.DURATION));
    }
    rows.add(head);
    StringBuilder n = new StringBuilder("Round = GPUs served / " + fixed(b.gpusPerJob(), 0)
        + " x " + human(b.checkpointBytes(), Dimension.BYTES) + "; time = round / write "
        + "bandwidth; synchronous stall = time / interval.\n");
    for (Deliverables.CheckpointFit f : d.fits()) {
      Option o = f.option();
      List<String> r = new ArrayList<>(List.of(o.id(), fixed(o.gpusServed(), 0),
          human(f.roundBytes(), Dimension.BYTES), human(f.writeSeconds(), Dimension.DURATION)));
      for (double stall : f.stallFractions()) {
        r.add(stall >= 1 ? "cannot keep up" : fixed(stall * 100, 1) + "%");
      }
      rows.add(r);
      n.append(o.id()).append(": ").append(human(f.roundBytes(), Dimension.BYTES)).append(" / ")
          .append(human(o.writeBytesPerSec(), Dimension.BYTE_RATE)).append(" = ")
          .append(human(f.writeSeconds(), Dimension.DURATION)).append("\n");
    }
    table(slide, rows, 13, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), null);
    XSLFTextBox cap = slide.createTextBox();
    cap.setAnchor(new Rectangle2D.Double(MARGIN, H - MARGIN - 60, W - 2 * MARGIN, 56));
    setText(cap, "Asynchronous checkpointing keeps up when the interval is at least the time to "
        + "write a round. Inputs: " + fixed(b.parameters() / 1e9, 0) + "B parameters x "
        + fixed(b.bytesPerParameter(), 0) + " bytes per checkpoint (ZeRO), " + fixed(
            b.gpusPerJob(), 0) + " GPUs per job (Llama 3). WAN outages are not modelled here.",
        11, false, Color.DARK_GRAY);
    notes(slide, n.toString());
  }

  private void requirementsSlide() {
    XSLFSlide slide = titled("Requirements fit");
    Requirements rq = d.requirements();
    List<Option> options = d.comparison().options();
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("Requirement");
    head.addAll(optionIds());
    rows.add(head);
    List<List<Color>> fills = new ArrayList<>();
    fills.add(null);
    StringBuilder n = new StringBuilder();
    for (Map.Entry<String, String> e : rq.requirements().entrySet()) {
      List<String> row = new ArrayList<>();
      List<Color> fill = new ArrayList<>();
      row.add(e.getValue());
      fill.add(HEAD_FILL);
      for (Option o : options) {
        Requirements.Statement st = rq.fit(o.family(), e.getKey());
        row.add(st == null ? "not stated" : st.status());
        fill.add(st == null ? Color.WHITE : statusColour(st.status()));
      }
      rows.add(row);
      fills.add(fill);
    }
    for (Requirements.Statement st : rq.statements()) {
      n.append(st.requirement()).append(" (").append(String.join(", ", st.families()))
          .append("): ").append(st.status()).append(". ").append(st.text()).append(" [")
          .append(String.join(", ", st.sources())).append("]\n");
    }
    table(slide, rows, 12, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), fills);
    notes(slide, n.toString());
  }

  private void auditSlide() {
    XSLFSlide slide = titled("Claims audit");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Claim", "Verdict", "Computed"));
    List<List<Color>> fills = new ArrayList<>();
    fills.add(null);
    StringBuilder n = new StringBuilder();
    for (ClaimResult c : d.audit().claims()) {
      rows.add(List.of(c.statement(), c.verdict().key(), c.computed()));
      Color v = switch (c.verdict()) {
        case HOLDS -> statusColour("yes");
        case WRONG -> statusColour("no");
        case DEPENDS -> statusColour("partial");
      };
      fills.add(List.of(Color.WHITE, v, Color.WHITE));
      n.append(c.id()).append(": ").append(c.explanation()).append("\n");
    }
    table(slide, rows, 10, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), fills);
    notes(slide, n.toString());
  }

  // ---- building blocks ----

  private List<String> optionIds() {
    List<String> ids = new ArrayList<>();
    for (Option o : d.comparison().options()) {
      ids.add(o.id());
    }
    return ids;
  }

  private static Color statusColour(String status) {
    return switch (status) {
      case "yes" -> new Color(0xdff0d8);
      case "partial" -> new Color(0xfcf0d0);
      default -> new Color(0xf6d5d2);
    };
  }

  private XSLFSlideLayout layout(SlideLayout type) {
    return ppt.getSlideMasters().get(0).getLayout(type);
  }

  private XSLFSlide titled(String title) {
    XSLFSlide slide = ppt.createSlide(layout(SlideLayout.TITLE_ONLY));
    XSLFTextShape t = slide.getPlaceholder(0);
    t.setAnchor(new Rectangle2D.Double(MARGIN, 18, W - 2 * MARGIN, 58));
    setText(t, title, 26, true, ACCENT);
    return slide;
  }

  private static void setText(XSLFTextShape shape, String text, double size, boolean bold,
      Color colour) {
    shape.clearText();
    String[] lines = text.split("\n");
    for (String line : lines) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      r.setFontSize(size);
      r.setBold(bold);
      r.setFontFamily(FONT);
      r.setFontColor(colour);
    }
  }

  private static void bullets(XSLFSlide slide, List<String> lines, double size,
      Rectangle2D anchor) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(anchor);
    box.setWordWrap(true);
    for (String line : lines) {
      XSLFTextParagraph p = box.addNewTextParagraph();
      p.setBullet(true);
      p.setIndent(-12.0);
      p.setLeftMargin(14.0);
      p.setSpaceAfter(30.0);
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      r.setFontSize(size);
      r.setFontFamily(FONT);
      r.setFontColor(new Color(0x1a1a1a));
    }
  }

  private void picture(XSLFSlide slide, byte[] png, Rectangle2D anchor) {
    XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
    XSLFPictureShape pic = slide.createPicture(data);
    pic.setAnchor(anchor);
  }

  /** A real table: first row and first column as headers; optional cell fills per row. */
  private static void table(XSLFSlide slide, List<List<String>> rows, double size,
      Rectangle2D anchor, List<List<Color>> fills) {
    XSLFTable t = slide.createTable();
    int cols = rows.get(0).size();
    double firstW = Math.min(220, anchor.getWidth() * 0.3);
    double otherW = (anchor.getWidth() - firstW) / (cols - 1);
    for (int r = 0; r < rows.size(); r++) {
      XSLFTableRow row = t.addRow();
      row.setHeight(size * 1.9);
      for (int c = 0; c < cols; c++) {
        XSLFTableCell cell = row.addCell();
        cell.clearText();
        XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
        run.setText(rows.get(r).get(c));
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setBold(r == 0 || c == 0);
        Color fill = r == 0 ? HEAD_FILL : fills != null && fills.get(r) != null
            ? fills.get(r).get(c) : c == 0 ? HEAD_FILL : Color.WHITE;
        cell.setFillColor(fill);
        for (BorderEdge e : BorderEdge.values()) {
          cell.setBorderColor(e, new Color(0xb0b0b0));
          cell.setBorderWidth(e, 0.75);
        }
      }
    }
    t.setColumnWidth(0, firstW);
    for (int c = 1; c < cols; c++) {
      t.setColumnWidth(c, otherW);
    }
    t.setAnchor(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(),
        rows.size() * size * 1.9));
  }

  private void notes(XSLFSlide slide, String text) {
    XSLFNotes notes = ppt.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
        return;
      }
    }
    throw new IllegalStateException("notes slide has no body placeholder");
  }
}
