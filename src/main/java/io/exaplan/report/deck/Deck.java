package io.exaplan.report.deck;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.audit.ClaimResult;
import io.exaplan.catalog.Requirements;
import io.exaplan.checkpoint.Cadence;
import io.exaplan.checkpoint.CheckpointAnalysis;
import io.exaplan.checkpoint.CheckpointSize;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.checkpoint.DesignFit;
import io.exaplan.checkpoint.Outage;
import io.exaplan.config.Dimension;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.Cells;
import io.exaplan.report.CheckpointFindings;
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
 * checkpoint and WAN-outage findings (in sentences, then as tables), the requirements fit and
 * the claims audit. Every slide has a title
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
    checkpointSlides();
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
    List<Deliverables.Assumption> all = d.assumptions();
    List<String> lines = new ArrayList<>();
    for (Deliverables.Assumption a : all) {
      int cut = a.text().indexOf(" (assumption:");
      lines.add(cut > 0 ? a.text().substring(0, cut) : a.text());
    }
    int half = (lines.size() + 1) / 2;
    double colW = (W - 2 * MARGIN - 20) / 2;
    bullets(slide, lines.subList(0, half), 11, new Rectangle2D.Double(MARGIN, TOP, colW,
        H - TOP - MARGIN));
    bullets(slide, lines.subList(half, lines.size()), 11, new Rectangle2D.Double(
        MARGIN + colW + 20, TOP, colW, H - TOP - MARGIN));
    StringBuilder n = new StringBuilder("Each assumption with its reasoning:\n");
    for (Deliverables.Assumption a : all) {
      n.append("- ").append(a.text()).append(" [used by ").append(a.usedBy()).append("]\n");
    }
    notes(slide, n.toString());
  }

  private void tableSlide() {
    XSLFSlide slide = titled("Options side by side");
    Table t = d.compare().table("metrics");
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
    lines.add(o.space().racks() + " racks (" + o.space().rackBound().key() + "-bound: space "
        + o.space().spaceBoundRacks() + ", power " + o.space().powerBoundRacks() + ")");
    lines.add(human(o.power().powerWatts(), Dimension.POWER) + " typical, " + human(o.power().powerMaxWatts(),
        Dimension.POWER) + " max");
    lines.add(human(o.capacity().usableBytes(), Dimension.BYTES) + " usable");
    lines.add("Read " + human(o.throughput().readBytesPerSec(), Dimension.BYTE_RATE) + " ("
        + o.throughput().readBound().key() + "-bound)");
    lines.add("Write " + human(o.throughput().writeBytesPerSec(), Dimension.BYTE_RATE) + " ("
        + o.throughput().writeBound().key() + "-bound)");
    lines.add((o.compliance().guidance().meetsRead() && o.compliance().guidance().meetsWrite() ? "Meets " : "Below ")
        + o.compliance().guidance().level() + " guidance for " + fixed(o.identity().gpusServed(), 0) + " GPUs");
    if (os.plan() == null) {
      lines.add("Internals not modelled: each drawn rack stands for all " + o.space().racks());
    } else {
      lines.add(o.hardware().dboxes() + " enclosures, " + o.hardware().cnodes() + " C-nodes, " + o.hardware().switches()
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

  /** Findings in sentences, then compare's checkpoint table, the failure model, the outage. */
  private void checkpointSlides() {
    CheckpointFindings f = d.checkpoint();
    List<Table> tables = f.tables();
    XSLFSlide findings = titled("Checkpoint and outage findings");
    bullets(findings, f.findings(), 13, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN,
        H - TOP - MARGIN));
    StringBuilder n = new StringBuilder("Inputs, each with its source:\n");
    f.cited().forEach(line -> n.append("- ").append(line).append('\n'));
    n.append("Assumptions:\n");
    f.assumptions().forEach(line -> n.append("- ").append(line).append('\n'));
    notes(findings, n.toString());

    CheckpointSize size = f.fit().checkpoint();
    String bytes = human(size.checkpointBytes(), Dimension.BYTES);
    StringBuilder fitNotes = new StringBuilder();
    for (DesignFailures df : f.failures()) {
      DesignFit.Row r = f.fit().rows().stream().filter(x -> x.option().equals(df.option()))
          .findFirst().orElseThrow();
      fitNotes.append(r.option()).append(": write time ").append(bytes).append(" / ")
          .append(human(r.writeBytesPerSec(), Dimension.BYTE_RATE)).append(" = ")
          .append(human(r.writeSeconds(), Dimension.DURATION)).append("; shortest interval ")
          .append(human(r.minIntervalSeconds(), Dimension.DURATION)).append('\n');
    }
    for (Cadence.Row r : f.cadences()) {
      fitNotes.append("Every ").append(human(r.intervalSeconds(), Dimension.DURATION))
          .append(": synchronous ").append(bytes).append(" / (").append(sig(
              f.fit().stallFraction())).append(" x interval) = ").append(human(
                  r.syncWriteBytesPerSec(), Dimension.BYTE_RATE)).append(", asynchronous ")
          .append(human(r.asyncFloorBytesPerSec(), Dimension.BYTE_RATE)).append('\n');
    }
    tableSlide("Checkpoint fit", tables.get(0), 10, List.of(), fitNotes.toString());

    StringBuilder failureNotes = new StringBuilder();
    for (DesignFailures df : f.failures()) {
      failureNotes.append(df.option()).append(":\n");
      df.analysis().notes().forEach(line -> failureNotes.append("- ").append(line).append('\n'));
    }
    CheckpointAnalysis a = f.failures().get(0).analysis();
    tableSlide("Failures and efficiency", tables.get(1), 11, List.of(
        "Per-GPU MTBF " + sig(a.gpuMtbfSeconds() / 3600) + " h (Llama 3: interruptions over its "
            + "pre-training run); a " + fixed(f.gpus(), 0) + "-GPU job fails every "
            + sig(a.fleetMtbfSeconds() / 3600) + " h.",
        "The option's write time is the checkpoint cost delta; Daly's interval minimises the "
            + "time lost to checkpoints and to work redone after failures.",
        "Efficiency = useful work / wall clock in Daly's complete model, restart "
            + human(a.restartSeconds(), Dimension.DURATION) + " (Daly's example value, an "
            + "assumption until the job's own is known)."),
        failureNotes.toString());

    StringBuilder outageNotes = new StringBuilder();
    for (Outage.Plan p : f.outages()) {
      outageNotes.append("Every ").append(human(p.intervalSeconds(), Dimension.DURATION))
          .append(":\n");
      Outage.lifecycle(p, f.account()).forEach(line -> outageNotes.append("- ").append(line)
          .append('\n'));
    }
    Outage.Policy p = f.policy();
    tableSlide("WAN outage and tiering", tables.get(2), 11, List.of("Local storage keeps the "
        + "newest " + p.keepLocal() + " checkpoints plus every copy not yet uploaded: none is lost "
        + "while the WAN is down.", "Settings from the scenario (illustrative planning values): "
        + "outage " + human(p.outageSeconds(), Dimension.DURATION) + ", every " + p.copyEvery()
        + "th checkpoint copied, catch-up within " + human(p.catchUpSeconds(),
            Dimension.DURATION) + ", " + p.account() + " accounts."), outageNotes.toString());
  }

  /**
   * A slide with a report table as a real table, its title as a caption above it and
   * {@code lines} as bullets below it.
   */
  private void tableSlide(String title, Table t, double size, List<String> lines,
      String speakerNotes) {
    XSLFSlide slide = titled(title);
    XSLFTextBox cap = slide.createTextBox();
    cap.setAnchor(new Rectangle2D.Double(MARGIN, TOP - 12, W - 2 * MARGIN, 30));
    setText(cap, t.title(), 12, false, Color.DARK_GRAY);
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    for (Column c : t.columns()) {
      head.add(c.title());
    }
    rows.add(head);
    List<List<Color>> fills = new ArrayList<>();
    fills.add(null);
    int meets = t.indexOf("meets");
    for (List<Object> r : t.rows()) {
      List<String> row = new ArrayList<>();
      List<Color> fill = new ArrayList<>();
      for (int c = 0; c < r.size(); c++) {
        String v = Cells.display(t.columns().get(c), r.get(c));
        row.add(v);
        fill.add(c == 0 ? HEAD_FILL : c == meets ? statusColour(v) : Color.WHITE);
      }
      rows.add(row);
      fills.add(fill);
    }
    table(slide, rows, size, new Rectangle2D.Double(MARGIN, TOP + 22, W - 2 * MARGIN, 0), fills,
        Math.min(130, (W - 2 * MARGIN) / t.columns().size() * 1.4));
    if (!lines.isEmpty()) {
      // Below the rows and a header of up to three wrapped lines.
      double y = TOP + 22 + rows.size() * size * 1.9 + 2 * size * 1.2 + 20;
      bullets(slide, lines, 13, new Rectangle2D.Double(MARGIN, y, W - 2 * MARGIN,
          H - MARGIN - y));
    }
    notes(slide, speakerNotes);
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
    table(slide, rows, size, anchor, fills, Math.min(220, anchor.getWidth() * 0.3));
  }

  private static void table(XSLFSlide slide, List<List<String>> rows, double size,
      Rectangle2D anchor, List<List<Color>> fills, double firstW) {
    XSLFTable t = slide.createTable();
    int cols = rows.get(0).size();
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
