package io.exaplan.report.deck;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;
import static io.exaplan.report.deck.DeckShapes.HEAD_FILL;
import static io.exaplan.report.deck.DeckShapes.bullets;
import static io.exaplan.report.deck.DeckShapes.setText;
import static io.exaplan.report.deck.DeckShapes.statusColour;
import static io.exaplan.report.deck.DeckShapes.table;

import io.exaplan.audit.ClaimResult;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.Requirements;
import io.exaplan.config.Dimension;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.layout.RackPlan;
import io.exaplan.report.Cells;
import io.exaplan.report.Column;
import io.exaplan.report.OfficeFiles;
import io.exaplan.report.Table;
import io.exaplan.report.Verdicts;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.deliverables.Briefing;
import io.exaplan.report.deliverables.CheckpointFindings;
import io.exaplan.report.deliverables.Deliverables;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
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
  static final String FONT = Fonts.FAMILY;
  private static final Color ACCENT = new Color(0x3b6ea8);

  /** Rows of the side-by-side slide: metric column keys of the compare report. */
  static final List<String> TABLE_ROWS = List.of("dboxes", "cnodes", "usablePB", "readTBps",
      "writeTBps", "racks", "rackBound", "powerKW", "certified");

  private final XMLSlideShow ppt = new XMLSlideShow();
  private final Deliverables d;
  private final DeckParts parts = new DeckParts(ppt);
  /** The slides in order, made; their content is filled by {@link #fill}. */
  private final List<Page> pages = new ArrayList<>();

  /**
   * A slide made in order (its part, its title and its notes part; a chart slide's charts and
   * content too, as they make parts), and what is left to put on it: {@code content} draws the
   * rest and returns the text of its notes (null when drawn already: {@code notesText}).
   */
  private record Page(XSLFSlide slide, XSLFNotes notes, Function<XSLFSlide, String> content,
      String notesText) {}

  private Deck(Deliverables d) {
    this.d = d;
  }

  /** The deck on the calling thread (the web server's downloads). */
  public static void write(Deliverables d, OutputStream out) throws IOException {
    write(d, out, 1);
  }

  /**
   * The deck with its slides' content drawn on {@code threads} threads (the calling one and
   * {@code threads - 1} more); the same bytes as on one: see {@link #fill}.
   */
  public static void write(Deliverables d, OutputStream out, int threads) throws IOException {
    // dated, locale-independent and with fixed ZIP entry times: OfficeFiles
    OfficeFiles.write(out, d.scenario().date(), () -> {
      Deck deck = new Deck(d);
      deck.build(threads);
      return deck.ppt;
    });
  }

  private void build(int threads) {
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
    summarySlide();
    scenarioSlide(s);
    tableSlide();
    cloudSlide();
    for (Deliverables.OptionSheets os : d.sheets()) {
      optionSlides(os);
      if (os.floor() != null) {
        floorSlide(os);
      }
    }
    for (Charts.Named n : d.charts()) {
      chartSlide(n);
    }
    checkpointSlides();
    requirementsSlide();
    assumptionsSlides();
    auditSlides();
    fill(s, threads);
    DeckText.mark(ppt.getNotesMaster());
  }

  /**
   * Puts on every slide what {@link #build} left: its content, its footer (slide number and
   * scenario), its notes' text, every run marked en-US. Each part's XML is changed in the same
   * order as when one thread makes the deck slide by slide, and nothing here makes a part or a
   * relation (those were made in order), so the bytes do not depend on the threads: the slides
   * are separate XML documents (XmlBeans locks each document it changes, and the master,
   * layouts and theme they read were resolved while the titles were set). The rack and table
   * slides are most of a deck's time; on two cores a second thread draws half of them. A
   * failure is the one the first failing slide meets, in order.
   */
  private void fill(Scenario s, int threads) {
    int n = pages.size();
    if (threads < 2) {
      for (int i = 0; i < n; i++) {
        fill(pages.get(i), i, n, s);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    RuntimeException[] failed = new RuntimeException[n];
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        try {
          fill(pages.get(i), i, n, s);
        } catch (RuntimeException e) {
          failed[i] = e;
        }
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads - 1, task -> {
      Thread t = new Thread(() -> OfficeFiles.inFixedLocale(task), "exaplan-deck");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> helpers = new ArrayList<>();
      for (int i = 1; i < threads; i++) {
        helpers.add(pool.submit(worker));
      }
      worker.run();
      for (Future<?> f : helpers) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing the slides", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (RuntimeException e : failed) {
      if (e != null) {
        throw e;
      }
    }
  }

  private void fill(Page p, int index, int count, Scenario s) {
    String text = p.content() == null ? p.notesText() : p.content().apply(p.slide());
    if (index > 0) {
      footer(p.slide(), index, count, s);
    }
    DeckText.mark(p.slide());
    notesText(p.notes(), text);
    DeckText.mark(p.notes());
    // finished: saved here, on this thread (a chart slide's charts are saved with it, later)
    if (p.content() != null) {
      DeckParts.save(p.slide());
    }
    DeckParts.save(p.notes());
  }

  /** A made slide ({@link #titled}) whose content {@link #fill} draws. */
  private void page(XSLFSlide slide, Function<XSLFSlide, String> content) {
    pages.add(new Page(slide, parts.notes(slide), content, null));
  }

  /** A slide drawn now, before its notes part: its content makes parts (charts). */
  private void pageNow(XSLFSlide slide, Function<XSLFSlide, String> content) {
    String text = content.apply(slide);
    pages.add(new Page(slide, parts.notes(slide), null, text));
  }

  /** Slide number and the scenario with its date at the foot of every slide but the title. */
  private static void footer(XSLFSlide slide, int i, int slides, Scenario s) {
    XSLFTextBox left = slide.createTextBox();
    left.setAnchor(new Rectangle2D.Double(MARGIN, H - 24, W * 0.7, 16));
    setText(left, s.name() + "  |  scenario of " + s.date(), 8, false, Color.GRAY);
    XSLFTextBox right = slide.createTextBox();
    right.setAnchor(new Rectangle2D.Double(W - MARGIN - 80, H - 24, 80, 16));
    setText(right, (i + 1) + " / " + slides, 8, false, Color.GRAY);
    right.getTextParagraphs().get(0).setTextAlign(
        org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT);
  }

  private void summarySlide() {
    List<String> lines = Briefing.summary(d.comparison());
    page(titled("Executive summary"), slide -> {
      bullets(slide, lines, 15, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN,
          H - TOP - MARGIN - 10));
      return String.join("\n", lines) + "\nGPU equivalent: power freed / ("
          + human(Briefing.SU_WATTS, Dimension.POWER) + " / " + Briefing.SU_GPUS
          + " GPUs). Source: " + Briefing.SU_SOURCE + ".";
    });
  }

  /** The cloud columns: each option against the cloud baseline, racks and power as ratios. */
  private void cloudSlide() {
    List<Option> options = d.comparison().options();
    Option cloud = options.stream().filter(o -> "cloud".equals(o.family())).findFirst()
        .orElse(null);
    if (cloud == null) {
      return;
    }
    XSLFSlide made = titled("Against the cloud object baseline");
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(""));
    options.forEach(o -> head.add(o.id()));
    rows.add(head);
    rows.add(cells("Usable (PB)", options, o -> fixed(o.capacity().usableBytes() / 1e15, 1)));
    rows.add(cells("Racks", options, o -> fixed(o.space().racks(), 0)));
    rows.add(cells("Power typical (kW)", options, o -> fixed(o.power().powerWatts() / 1e3, 1)));
    rows.add(cells("Read (TB/s)", options, o -> fixed(o.throughput().readBytesPerSec() / 1e12, 2)));
    rows.add(cells("Write (TB/s)", options, o -> fixed(o.throughput().writeBytesPerSec() / 1e12, 2)));
    rows.add(cells("Cloud racks per option rack", options,
        o -> fixed((double) cloud.space().racks() / o.space().racks(), 1)));
    rows.add(cells("Cloud power per option kW", options,
        o -> fixed(cloud.power().powerWatts() / o.power().powerWatts(), 1)));
    rows.add(cells("Power freed vs cloud (kW)", options,
        o -> fixed(Math.max(0, cloud.power().powerWatts() - o.power().powerWatts()) / 1e3, 1)));
    rows.add(cells("GPUs that power would feed", options, o -> fixed(Briefing.gpusFed(
        Math.max(0, cloud.power().powerWatts() - o.power().powerWatts())), 0)));
    page(made, slide -> {
      table(slide, rows, 12, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), null);
      XSLFTextBox cap = slide.createTextBox();
      cap.setAnchor(new Rectangle2D.Double(MARGIN, TOP + rows.size() * 12 * 1.9 + 16,
          W - 2 * MARGIN, 60));
      setText(cap, "The baseline is described per capacity (its internals are not public): "
          + "throughput per 100 PB, racks per EB and power per rack, all from the catalog. GPUs "
          + "fed at a GB200 scalable unit's ~" + human(Briefing.SU_WATTS, Dimension.POWER)
          + " per " + Briefing.SU_GPUS + " GPUs (secondary source, an assumption).", 10, false,
          Color.DARK_GRAY);
      return String.join("\n", cloud.notes()) + "\nSource of the GPU power: "
          + Briefing.SU_SOURCE + ".";
    });
  }

  private static List<String> cells(String label, List<Option> options,
      Function<Option, String> f) {
    List<String> row = new ArrayList<>(List.of(label));
    options.forEach(o -> row.add(f.apply(o)));
    return row;
  }

  // ---- slides ----

  private void titleSlide(Scenario s) {
    XSLFSlide slide = ppt.createSlide(layout(SlideLayout.TITLE));
    XSLFTextShape title = slide.getPlaceholder(0);
    title.setAnchor(new Rectangle2D.Double(MARGIN, 150, W - 2 * MARGIN, 110));
    setText(title, "Storage options for GPU training fleets", 36, true, ACCENT);
    XSLFTextShape sub = slide.getPlaceholder(1);
    sub.setAnchor(new Rectangle2D.Double(MARGIN, 280, W - 2 * MARGIN, 140));
    setText(sub, s.name() + "\n" + s.date() + "\n" + Briefing.titleLine(d.comparison()), 18,
        false, Color.DARK_GRAY);
    page(slide, made -> d.compare().subtitle() + "\nEvery number comes from exaplan's engine: "
        + "a sourced catalog figure or a formula stated in the report's appendix.");
  }

  private void scenarioSlide(Scenario s) {
    XSLFSlide made = titled("Scenario");
    List<String> lines = new ArrayList<>();
    lines.add(fixed(s.gpus(), 0) + " GPUs over " + s.sites() + (s.sites() == 1 ? " site"
        : " sites") + "; training clusters of "
        + fixed(s.clusterGpus(), 0) + " GPUs");
    lines.add((Verdicts.allMeetTarget(d.comparison()) ? "Every option sized to " : "Options "
        + "compared at ") + human(s.targetUsableBytes(), Dimension.BYTES) + " usable, no "
        + "data-reduction credit");
    for (Option o : d.comparison().options()) {
      if (!Verdicts.meetsCapacityTarget(o, s)) {
        lines.add(o.name() + " is one cluster's pod: " + human(o.capacity().usableBytes(), Dimension.BYTES)
            + " for " + fixed(o.identity().gpusServed(), 0) + " GPUs, below the target");
      }
    }
    Catalog c = d.comparison().catalog();
    lines.add("Checked against NVIDIA guidance level " + Briefing.name(s.guidance(), c));
    lines.add("Racks limited to " + human(s.rackPowerLimitWatts(), Dimension.POWER) + " ("
        + s.powerBasis().key() + " draw), " + Briefing.name(s.rack(), c) + ", switches "
        + Briefing.name(s.switchModel(), c));
    lines.add("Options: " + String.join(", ", optionIds()));
    page(made, slide -> {
      bullets(slide, lines, 18, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN,
          H - TOP - MARGIN));
      return d.compare().subtitle();
    });
  }

  /** The assumptions in plain words with their reasons, as many slides as they need. */
  private void assumptionsSlides() {
    List<Briefing.Plain> all = Briefing.assumptions(d.assumptions(), d.comparison().catalog());
    all = new ArrayList<>(all);
    all.add(new Briefing.Plain("GB200 scalable unit: " + Briefing.SU_GPUS + " GPUs at ~"
        + human(Briefing.SU_WATTS, Dimension.POWER), Briefing.SU_SOURCE, "executive summary"));
    int per = 6;
    int pages = (all.size() + per - 1) / per;
    for (int p = 0; p < pages; p++) {
      List<Briefing.Plain> part = all.subList(p * per, Math.min(all.size(), (p + 1) * per));
      page(titled("Assumptions the numbers rest on" + (pages > 1 ? " (" + (p + 1)
          + " of " + pages + ")" : "")), slide -> assumptions(slide, part));
    }
  }

  private static String assumptions(XSLFSlide slide, List<Briefing.Plain> part) {
    XSLFTextBox box = slide.createTextBox();
    box.clearText(); // no empty 18 pt paragraph above the text
    box.setAnchor(new Rectangle2D.Double(MARGIN, TOP - 8, W - 2 * MARGIN, H - TOP - MARGIN));
    box.setWordWrap(true);
    StringBuilder n = new StringBuilder();
    for (Briefing.Plain a : part) {
      XSLFTextParagraph para = box.addNewTextParagraph();
      para.setSpaceAfter(20.0);
      XSLFTextRun what = para.addNewTextRun();
      what.setText(a.what() + ". ");
      what.setBold(true);
      what.setFontSize(11.0);
      what.setFontFamily(FONT);
      XSLFTextRun why = para.addNewTextRun();
      why.setText(a.why().isEmpty() ? "" : "Why: " + a.why());
      why.setFontSize(9.5);
      why.setFontFamily(FONT);
      why.setFontColor(Color.DARK_GRAY);
      n.append("- ").append(a.what()).append(" [used by ").append(a.usedBy()).append("]\n");
    }
    return "What rests on each assumption:\n" + n;
  }

  private void tableSlide() {
    XSLFSlide made = titled("Options side by side");
    Table.Transposed x = d.compare().table("metrics").transposed();
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("");
    head.addAll(x.heads());
    rows.add(head);
    List<List<Color>> fills = new ArrayList<>();
    fills.add(null);
    for (String key : TABLE_ROWS) {
      Table.Transposed.Line l = x.line(key);
      List<String> row = new ArrayList<>();
      row.add(l.column().title());
      row.addAll(l.shown());
      rows.add(row);
      fills.add(null);
    }
    for (Verdicts v : Verdicts.of(d.comparison())) {
      List<String> row = new ArrayList<>(List.of(v.label()));
      List<Color> fill = new ArrayList<>(List.of(HEAD_FILL));
      for (Verdicts.Cell cell : v.cells()) {
        row.add(cell.text());
        fill.add(statusColour(cell.status()));
      }
      rows.add(row);
      fills.add(fill);
    }
    StringBuilder n = new StringBuilder();
    for (Option o : d.comparison().options()) {
      n.append(o.id()).append(": ").append(String.join(" ", o.notes())).append("\n\n");
    }
    page(made, slide -> {
      table(slide, rows, 11, new Rectangle2D.Double(MARGIN, TOP - 8, W - 2 * MARGIN, 0), fills);
      return n.toString();
    });
  }

  /** The option's key numbers and one rack per distinct layout, as native shapes. */
  private void optionSlides(Deliverables.OptionSheets os) {
    Option o = os.option();
    List<String> lines = new ArrayList<>();
    lines.add(o.space().racks() + " racks (" + o.space().rackBound().key() + " sets the count: space "
        + o.space().spaceBoundRacks() + ", power " + o.space().powerBoundRacks() + ")");
    lines.add(human(o.power().powerWatts(), Dimension.POWER) + " typical, " + human(o.power().powerMaxWatts(),
        Dimension.POWER) + " max");
    lines.add(human(o.capacity().usableBytes(), Dimension.BYTES) + " usable");
    boolean cloud = os.plan() == null;
    // the bound compare names (the cloud baseline's WAN or accounts when they bind)
    lines.add("Read " + human(o.throughput().readBytesPerSec(), Dimension.BYTE_RATE)
        + ", bound by the " + boundWords(o.throughput().readBound(), cloud));
    lines.add("Write " + human(o.throughput().writeBytesPerSec(), Dimension.BYTE_RATE)
        + ", bound by the " + boundWords(o.throughput().writeBound(), cloud));
    lines.add((o.compliance().guidance().meetsRead() && o.compliance().guidance().meetsWrite() ? "Meets " : "Below ")
        + o.compliance().guidance().level() + " guidance for " + fixed(o.identity().gpusServed(), 0) + " GPUs");
    double textW = 230;
    Rectangle2D area = new Rectangle2D.Double(MARGIN, TOP - 6, W - 2 * MARGIN - textW - 16,
        H - TOP - MARGIN - 14);
    if (os.plan() == null) {
      XSLFSlide made = titled(o.name() + " (" + o.id() + ")");
      lines.add("Internals not public: the drawing stands for all " + o.space().racks() + " racks");
      page(made, slide -> {
        DeckText.cloudRack(slide, o, new Rectangle2D.Double(area.getX(), area.getY(), 170,
            area.getHeight()));
        bullets(slide, lines, 14, new Rectangle2D.Double(W - MARGIN - textW, TOP, textW,
            H - TOP - MARGIN));
        return String.join("\n", o.notes());
      });
      return;
    }
    lines.add(fixed(o.hardware().dboxes(), 0) + " enclosures, " + fixed(o.hardware().cnodes(), 0)
        + " C-nodes, " + fixed(o.hardware().switches(), 0) + " switches");
    List<RackPlan.Layout> layouts = os.plan().layouts();
    int pages = (layouts.size() + DeckRacks.PER_SLIDE - 1) / DeckRacks.PER_SLIDE;
    for (int p = 0; p < pages; p++) {
      int from = p * DeckRacks.PER_SLIDE;
      List<RackPlan.Layout> part = layouts.subList(from,
          Math.min(layouts.size(), from + DeckRacks.PER_SLIDE));
      XSLFSlide made = titled(o.name() + " (" + o.id() + ")" + (pages > 1 ? ", racks "
          + (p + 1) + " of " + pages : ""));
      List<String> side = new ArrayList<>(lines);
      side.add(layouts.size() + " distinct rack layout" + (layouts.size() == 1 ? "" : "s")
          + " for " + o.space().racks() + " racks");
      page(made, slide -> {
        DeckRacks.draw(slide, os.plan(), part, from, area);
        bullets(slide, side, 12, new Rectangle2D.Double(W - MARGIN - textW, TOP, textW,
            H - TOP - MARGIN));
        return String.join("\n", o.notes());
      });
    }
  }

  private static String boundWords(io.exaplan.sizing.Bound b, boolean cloud) {
    return cloud && b == io.exaplan.sizing.Bound.MEDIA ? "HDD media per PB"
        : Briefing.boundWords(b.key());
  }

  /**
   * Where the option's racks stand in the scenario's hall: the floor plan as native shapes
   * (DeckFloor), its verdict under the title.
   */
  private void floorSlide(Deliverables.OptionSheets os) {
    Option o = os.option();
    XSLFSlide made = titled(o.name() + " (" + o.id() + "): floor plan");
    String line = "Fits the hall: " + o.floorVerdict() + ". " + os.floorLine();
    String rule = "The racks holding the spine switches take the positions nearest the "
        + "middle of the network row (short uplinks from every leaf); the other racks fill the "
        + "rows from the network row outwards, each row from position 1. Rack fronts face the "
        + "cold aisle; the bar in each rack is its draw against its power limit.";
    double top = TOP - 10;
    page(made, slide -> {
      double right = DeckFloor.draw(slide, os.floor(), new Rectangle2D.Double(MARGIN, top,
          W - 2 * MARGIN, H - top - MARGIN - 14));
      double side = W - MARGIN - right - 20;
      if (side >= 200) {
        bullets(slide, List.of("Fits the hall: " + o.floorVerdict(), os.floorLine(), rule), 12,
            new Rectangle2D.Double(right + 20, top + 40, side, H - top - 40 - MARGIN - 14));
      }
      return line + "\n" + rule;
    });
  }

  /** The claims audit in sentences, coloured by verdict, as many slides as needed. */
  private void auditSlides() {
    List<String> lines = Briefing.claims(d.audit());
    List<ClaimResult> claims = d.audit().claims();
    int per = 6;
    int pages = (lines.size() + per - 1) / per;
    for (int p = 0; p < pages; p++) {
      XSLFSlide made = titled("Claims checked" + (pages > 1 ? " (" + (p + 1) + " of " + pages
          + ")" : ""));
      int from = p * per;
      List<ClaimResult> part = claims.subList(from, Math.min(lines.size(), from + per));
      StringBuilder n = new StringBuilder();
      for (ClaimResult c : part) {
        n.append(c.statement()).append(": ").append(c.explanation()).append("\n");
      }
      page(made, slide -> {
        bullets(slide, lines.subList(from, from + part.size()), 13.0, new Rectangle2D.Double(
            MARGIN, TOP - 6, W - 2 * MARGIN, H - TOP - MARGIN), i -> switch (part.get(i)
                .verdict()) {
                  case HOLDS -> new Color(0x1d6b2f);
                  case WRONG -> new Color(0xa3231a);
                  case DEPENDS -> new Color(0x8a5a00);
                });
        return n.toString();
      });
    }
  }

  private void chartSlide(Charts.Named n) {
    double h = H - TOP - MARGIN - 44;
    // now: its charts are parts of their own, made in order before the notes part
    pageNow(titled(n.title()), slide -> {
      // a native chart over the slide's width, from the data the PNG draws (DeckCharts)
      DeckCharts.draw(ppt, slide, ChartKit.data(n.chart()), new Rectangle2D.Double(MARGIN,
          TOP - 8, W - 2 * MARGIN, h + 8));
      XSLFTextBox cap = slide.createTextBox();
      cap.setAnchor(new Rectangle2D.Double(MARGIN, TOP + h + 4, W - 2 * MARGIN,
          H - 24 - (TOP + h + 4)));
      setText(cap, n.caption(), 10, false, Color.DARK_GRAY);
      return n.caption();
    });
  }

  /** Findings in sentences, then compare's checkpoint table, the failure model, the outage. */
  private void checkpointSlides() {
    CheckpointFindings f = d.checkpoint();
    StringBuilder n = new StringBuilder("Inputs, each with its source:\n");
    Briefing.checkpointInputs(f, d.comparison().catalog()).forEach(a -> n.append("- ")
        .append(a.what()).append(". ").append(a.basis()).append('\n'));
    n.append("Assumptions:\n");
    Briefing.inWords(f.assumptions(), "checkpoint and outage findings",
        d.comparison().catalog()).forEach(a -> n.append("- ")
        .append(a.what()).append(a.why().isEmpty() ? "" : ". Why: " + a.why()).append('\n'));
    // as many slides as the sentences fill (one slide of twelve overran the footer)
    Rectangle2D box = new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, H - TOP - MARGIN);
    List<List<String>> parts = DeckText.pages(f.findings(), 13, box);
    for (int p = 0; p < parts.size(); p++) {
      List<String> part = parts.get(p);
      page(titled("Checkpoint and outage findings" + (p == 0 ? "" : " (continued)")),
          findings -> {
            bullets(findings, part, 13, box);
            return n.toString();
          });
    }

    tableSlide("Checkpoint fit", f.table("checkpoint"), 10, List.of(),
        String.join("\n", f.fitWorking()) + "\n");
    tableSlide("Failures and efficiency", f.table("failures"), 11, List.of(
        f.failureRateSentence(), f.costSentence(), f.efficiencySentence()),
        String.join("\n", f.failureWorking()) + "\n");
    tableSlide("WAN outage and tiering", f.table("outage"), 11, List.of(f.retentionSentence(),
        "Settings from the scenario (illustrative planning values): "
        + Briefing.outagePlan(f.policy(), d.comparison().catalog()) + "."),
        String.join("\n", f.outageWorking()) + "\n");
  }

  /**
   * A slide with a report table as a real table, its title as a caption above it and
   * {@code lines} as bullets below it.
   */
  private void tableSlide(String title, Table t, double size, List<String> lines,
      String speakerNotes) {
    XSLFSlide made = titled(title);
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
    page(made, slide -> {
      XSLFTextBox cap = slide.createTextBox();
      cap.setAnchor(new Rectangle2D.Double(MARGIN, TOP - 12, W - 2 * MARGIN, 30));
      setText(cap, t.title(), 12, false, Color.DARK_GRAY);
      table(slide, rows, size, new Rectangle2D.Double(MARGIN, TOP + 22, W - 2 * MARGIN, 0),
          fills, Math.min(130, (W - 2 * MARGIN) / t.columns().size() * 1.4));
      if (!lines.isEmpty()) {
        // Below the rows and a header of up to three wrapped lines.
        double y = TOP + 22 + rows.size() * size * 1.9 + 2 * size * 1.2 + 20;
        bullets(slide, lines, 13, new Rectangle2D.Double(MARGIN, y, W - 2 * MARGIN,
            H - MARGIN - y));
      }
      return speakerNotes;
    });
  }

  private void requirementsSlide() {
    XSLFSlide made = titled("Requirements fit");
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
    page(made, slide -> {
      table(slide, rows, 12, new Rectangle2D.Double(MARGIN, TOP, W - 2 * MARGIN, 0), fills);
      return n.toString();
    });
  }

  // ---- building blocks ----

  private List<String> optionIds() {
    List<String> ids = new ArrayList<>();
    for (Option o : d.comparison().options()) {
      ids.add(o.id());
    }
    return ids;
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

  /** The text of a notes slide's body. */
  private static void notesText(XSLFNotes notes, String text) {
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
        return;
      }
    }
    throw new IllegalStateException("notes slide has no body placeholder");
  }
}
