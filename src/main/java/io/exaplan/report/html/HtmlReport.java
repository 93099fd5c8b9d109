package io.exaplan.report.html;

import static io.exaplan.config.Units.human;
import static io.exaplan.report.svg.Svg.esc;

import io.exaplan.audit.ClaimResult;
import io.exaplan.catalog.Requirements;
import io.exaplan.checkpoint.DesignFailures;
import io.exaplan.checkpoint.Outage;
import io.exaplan.config.Dimension;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.Cells;
import io.exaplan.report.Column;
import io.exaplan.report.Report;
import io.exaplan.report.Table;
import io.exaplan.report.Verdicts;
import io.exaplan.report.chart.ChartKit;
import io.exaplan.report.chart.Charts;
import io.exaplan.report.deliverables.Briefing;
import io.exaplan.report.deliverables.CheckpointFindings;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.deliverables.Formulas;
import java.util.List;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched.
 * Sections start on a new printed page and figures and tables are not split, so it prints on A4
 * or Letter. Same deliverables, same bytes.
 */
public final class HtmlReport {
  /** A section: its element id and heading. */
  public record Section(String id, String heading) {}

  /** The sections, in page order. */
  public static final List<Section> SECTIONS = List.of(
      new Section("summary", "Executive summary"),
      new Section("scenario", "Scenario"),
      new Section("metrics", "Options side by side"),
      new Section("racks", "Rack elevations"),
      new Section("floor", "Floor plan"),
      new Section("charts", "Charts"),
      new Section("checkpoint", "Checkpoints and WAN outages"),
      new Section("requirements", "Requirements fit"),
      new Section("physical", "Power feeds, cooling, weight, rack loss and cabling"),
      new Section("audit", "Claims audit"),
      new Section("assumptions", "Assumptions and sources"),
      new Section("optimiser", "The optimiser's recommendation and Pareto front"),
      new Section("sites", "Sites"),
      new Section("simulation", "Simulation summary"),
      new Section("notes", "How each figure was reached"),
      new Section("formulas", "Appendix: formulas"));

  private static final String CSS = """
      @page { margin: 14mm; }
      body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt;
        color: #1a1a1a; max-width: 1180px; margin: 0 auto; padding: 16px; line-height: 1.35; }
      h1 { font-size: 20pt; margin: 0 0 4px; }
      h2 { font-size: 14pt; border-bottom: 2px solid #3b6ea8; padding-bottom: 3px;
        margin-top: 28px; }
      h3 { font-size: 11pt; margin: 16px 0 6px; }
      h4 { font-size: 9.5pt; margin: 10px 0 4px; }
      .sub { color: #555; margin: 0 0 12px; }
      nav ol { columns: 2; margin: 6px 0 0; }
      table { border-collapse: collapse; margin: 6px 0 12px; font-size: 8.5pt; }
      th, td { border: 1px solid #c8c8c8; padding: 3px 6px; vertical-align: top; text-align: left; }
      th { background: #eef2f7; }
      #checkpoint-table, #failure-table, #outage-table, #requirements-table, #audit-table {
        width: 100%; }
      caption { text-align: left; font-weight: bold; padding: 2px 0 4px; }
      tr > td:first-child { white-space: nowrap; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure { margin: 10px 0 18px; }
      figcaption { font-size: 8.5pt; color: #444; margin-top: 4px; max-width: 900px; }
      svg { max-width: 100%; height: auto; }
      .yes { background: #dff0d8; } .partial { background: #fcf0d0; } .no { background: #f6d5d2; }
      .holds { color: #1d6b2f; font-weight: bold; } .wrong { color: #a3231a; font-weight: bold; }
      .depends { color: #8a5a00; font-weight: bold; }
      .src { color: #555; font-size: 7.5pt; }
      ul.small { font-size: 8.5pt; }
      thead { display: table-header-group; }
      .verdict th { font-weight: normal; font-style: italic; }
      .table-wrap, figure { overflow-x: auto; }
      @media (max-width: 600px) { nav ol { columns: 1; } body { padding: 8px; } }
      @media print {
        body { max-width: none; padding: 0; font-size: 9pt; }
        section { break-before: page; }
        section#summary { break-before: auto; }
        figure, tr, li, caption { break-inside: avoid; page-break-inside: avoid; }
        figure, table { break-before: auto; break-after: auto; }
        table { break-inside: auto; }
        /* a short table moves whole to the next page; a long one leaves no last row alone */
        table.keep { break-inside: avoid; page-break-inside: avoid; }
        tbody tr:nth-last-child(-n+2), tbody tr:nth-child(-n+2) { break-before: avoid; }
        thead { display: table-header-group; }
        h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
        nav { display: none; }
        .table-wrap, figure { overflow: visible; }
      }
      """;

  private HtmlReport() {}

  public static String render(Deliverables d) {
    Scenario s = d.scenario();
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc("Storage options: " + s.name())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>Storage options: ").append(esc(s.name())).append("</h1>\n")
        .append("<p class=\"sub\">").append(esc(d.compare().subtitle()))
        .append(" Every figure is computed by exaplan from a sourced catalog figure or a "
            + "formula stated in the appendix; assumptions are listed below.</p>\n<nav><ol>\n");
    for (Section sec : SECTIONS) {
      h.append("<li><a href=\"#").append(sec.id()).append("\">").append(esc(sec.heading()))
          .append("</a></li>\n");
    }
    h.append("</ol></nav>\n</header>\n");
    summary(h, d);
    scenario(h, d);
    metrics(h, d);
    racks(h, d);
    floor(h, d);
    charts(h, d);
    checkpoint(h, d);
    requirements(h, d);
    physical(h, d);
    audit(h, d);
    assumptions(h, d);
    studies(h, d);
    notes(h, d);
    formulas(h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void open(StringBuilder h, String id) {
    for (Section sec : SECTIONS) {
      if (sec.id().equals(id)) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(sec.heading()))
            .append("</h2>\n");
        return;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static void close(StringBuilder h) {
    h.append("</section>\n");
  }

  private static void summary(StringBuilder h, Deliverables d) {
    open(h, "summary");
    h.append("<p>").append(esc(Briefing.titleLine(d.comparison())))
        .append(".</p>\n<ul id=\"summary-lines\">\n");
    for (String line : Briefing.summary(d.comparison())) {
      h.append("<li>").append(esc(line)).append("</li>\n");
    }
    h.append("</ul>\n");
    close(h);
  }

  /** The optimiser, sites and simulation, each as its command prints it (its tables). */
  private static void studies(StringBuilder h, Deliverables d) {
    String[] ids = {"optimiser", "sites", "simulation"};
    for (int i = 0; i < ids.length && i < d.studies().size(); i++) {
      Report r = d.studies().get(i);
      open(h, ids[i]);
      h.append("<p>").append(esc(r.subtitle())).append(" This is what <code>exaplan ")
          .append(esc(r.title().replace("exaplan ", ""))).append("</code> prints for this "
              + "scenario.</p>\n");
      for (Table t : r.tables()) {
        if (t.id().equals("notes") || t.id().equals("assumptions") || t.id().equals("inputs")
            || t.id().equals("replications") || t.rows().isEmpty()) {
          continue;
        }
        if (t.layout() == Table.Layout.SIDE_BY_SIDE) {
          transposed(h, t, ids[i] + "-" + t.id());
        } else {
          rows(h, t, ids[i] + "-" + t.id(), "row");
        }
      }
      close(h);
    }
  }

  /** Tables of at most this many rows print on one page (moved whole past a page break). */
  static final int KEEP_ROWS = 30;

  private static String keep(int rows) {
    return rows <= KEEP_ROWS ? " class=\"keep\"" : "";
  }

  /** A side-by-side table as the reader expects it: one column per row, one row per field. */
  private static void transposed(StringBuilder h, Table t, String htmlId) {
    Table.Transposed x = t.transposed();
    h.append("<div class=\"table-wrap\"><table id=\"").append(htmlId).append("\"")
        .append(keep(x.lines().size())).append(">\n<caption>")
        .append(esc(t.title())).append("</caption>\n<thead><tr><th>")
        .append(esc(x.corner())).append("</th>");
    for (String head : x.heads()) {
      h.append("<th>").append(esc(head)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Table.Transposed.Line l : x.lines()) {
      h.append("<tr><th>").append(esc(l.column().title())).append("</th>");
      cells(h, l);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  /** One line of a side-by-side table: its cells, numbers right-aligned. */
  private static void cells(StringBuilder h, Table.Transposed.Line l) {
    for (String v : l.shown()) {
      h.append(l.column().numeric() ? "<td class=\"num\">" : "<td>").append(esc(v))
          .append("</td>");
    }
  }

  private static void formulas(StringBuilder h) {
    open(h, "formulas");
    h.append("<p>How exaplan computes each figure of this report (decimal units: 1 PB = "
        + "10<sup>15</sup> B, 1 TB/s = 10<sup>12</sup> B/s).</p>\n<div class=\"table-wrap\"><table id=\"formulas-table\">"
        + "\n<thead><tr><th>Figure</th><th>Formula</th><th>Note</th></tr></thead>\n<tbody>\n");
    for (Formulas.Formula f : Formulas.ALL) {
      h.append("<tr><td>").append(esc(f.concept())).append("</td><td>").append(esc(f.formula()))
          .append("</td><td>").append(esc(f.note())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
    close(h);
  }

  private static void scenario(StringBuilder h, Deliverables d) {
    open(h, "scenario");
    h.append("<div class=\"table-wrap\"><table id=\"scenario-table\">\n");
    for (Briefing.Fact f : Briefing.scenarioFacts(d.scenario(), d.comparison().catalog())) {
      row(h, f.label(), f.value());
    }
    h.append("</table></div>\n");
    close(h);
  }

  private static void row(StringBuilder h, String k, String v) {
    h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
  }

  private static void metrics(StringBuilder h, Deliverables d) {
    open(h, "metrics");
    Table t = d.compare().table("metrics");
    h.append("<div class=\"table-wrap\"><table id=\"metrics-table\">\n<thead><tr><th>")
        .append(esc(t.columns().get(0).header())).append("</th>");
    for (List<Object> r : t.rows()) {
      h.append("<th data-option=\"").append(esc(String.valueOf(r.get(0)))).append("\">")
          .append(esc(String.valueOf(r.get(0)))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Verdicts v : Verdicts.of(d.comparison())) {
      h.append("<tr class=\"verdict\"><th>").append(esc(v.label())).append("</th>");
      for (Verdicts.Cell cell : v.cells()) {
        h.append("<td class=\"").append(cell.status()).append("\">").append(esc(cell.text()))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    for (Table.Transposed.Line l : t.transposed().lines()) {
      h.append("<tr data-key=\"").append(esc(l.column().key())).append("\"><th>")
          .append(esc(l.column().title())).append("</th>");
      cells(h, l);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
    close(h);
  }

  private static void racks(StringBuilder h, Deliverables d) {
    open(h, "racks");
    h.append("<p>One rack per distinct layout, with how many racks share it: the drawing grows "
        + "with the number of layouts, not of racks. Devices are placed by exaplan's rack "
        + "planner: switches at the top, enclosures from the bottom, no rack over its usable "
        + "units or its power limit.</p>\n");
    for (Deliverables.OptionSheets os : d.sheets()) {
      Option o = os.option();
      h.append("<figure id=\"racks-").append(esc(o.id())).append("\" data-option=\"")
          .append(esc(o.id())).append("\">\n").append(os.summary().inlineSvg())
          .append("<figcaption>").append(esc(o.name() + " (" + o.id() + "): " + o.space().racks()
              + " racks, " + human(o.power().powerWatts(), Dimension.POWER) + " typical."
              + (os.plan() == null ? " Internals not modelled: the drawing stands for "
                  + o.space().racks() + " racks of " + human(o.space().rackPowerLimitWatts(), Dimension.POWER)
                  + " each." : " " + os.plan().layouts().size() + " distinct layouts.")))
          .append("</figcaption>\n</figure>\n");
    }
    close(h);
  }

  /**
   * Where each on-site option's racks stand in the scenario's hall, or that no hall is given
   * (then nothing is drawn: no hall is invented).
   */
  private static void floor(StringBuilder h, Deliverables d) {
    open(h, "floor");
    io.exaplan.layout.Hall hall = d.scenario().limits().hall();
    if (hall == null) {
      h.append("<p id=\"floor-none\">No hall given: the scenario names no data hall, so no "
          + "option is judged against floor positions. Give the hall as <code>hall: {rows: R, "
          + "racksPerRow: N}</code> (optionally <code>firstAisle</code>, <code>networkRow</code>, "
          + "<code>reserved</code>) to see where the racks stand and whether they fit.</p>\n");
      close(h);
      return;
    }
    h.append("<p>The hall: ").append(esc(hall.describe())).append(", one rack per position, "
        + "hot and cold aisles alternating between the rows (rack fronts on the cold aisle). "
        + "The racks holding the spine switches take the positions nearest the middle of "
        + "the network row, so every leaf's uplink stays short; the other racks fill the rows "
        + "from the network row outwards. The bar in each rack is its draw against its power "
        + "limit.</p>\n");
    for (Deliverables.OptionSheets os : d.sheets()) {
      if (os.floor() == null) {
        continue;
      }
      Option o = os.option();
      h.append("<figure id=\"floor-").append(esc(o.id())).append("\" data-option=\"")
          .append(esc(o.id())).append("\" data-fits=\"").append(os.floor().plan().fits())
          .append("\">\n").append(os.floor().inlineSvg()).append("<figcaption>")
          .append(esc(o.name() + " (" + o.id() + "): fits the hall: " + o.floorVerdict() + "."))
          .append("</figcaption>\n</figure>\n");
    }
    close(h);
  }

  private static void charts(StringBuilder h, Deliverables d) {
    open(h, "charts");
    for (Charts.Named n : d.charts()) {
      h.append("<figure id=\"chart-").append(esc(n.id())).append("\">\n")
          .append(ChartKit.svgElement(n.chart(), "chart-svg-" + n.id(), ChartKit.WIDTH,
              ChartKit.HEIGHT))
          .append("\n<figcaption>").append(esc(n.caption())).append("</figcaption>\n</figure>\n");
    }
    close(h);
  }

  private static void checkpoint(StringBuilder h, Deliverables d) {
    open(h, "checkpoint");
    CheckpointFindings f = d.checkpoint();
    h.append("<ul id=\"checkpoint-findings\">\n");
    for (String line : f.findings()) {
      h.append("<li>").append(esc(line)).append("</li>\n");
    }
    h.append("</ul>\n<h3>Can each option catch the checkpoints?</h3>\n<p>The checkpoint table of "
        + "<code>exaplan compare</code>: the write rate each cadence needs against each option's, "
        + "the stall per checkpoint and the shortest interval the option sustains. The chart "
        + "\"Write rate needed vs checkpoint interval\" draws it.</p>\n");
    rows(h, f.table("checkpoint"), "checkpoint-table", "option");
    h.append("<h3>Failures and efficiency</h3>\n<p>").append(esc(f.failureRateSentence()))
        .append(" Each option's write time is the "
            + "checkpoint cost delta; Young's (1974) and Daly's (2006) intervals follow, and "
            + "Daly's complete model (restart included) gives the efficiency at Daly's interval "
            + "and at each cadence. Each row is what <code>exaplan checkpoint --write-time "
            + "&lt;write time&gt; --interval &lt;cadence&gt;</code> prints. The chart \"Efficiency "
            + "at Daly's checkpoint interval vs job size\" repeats it as the job grows.</p>\n");
    rows(h, f.table("failures"), "failure-table", "option");
    Outage.Policy p = f.policy();
    h.append("<h3>WAN outage and tiering</h3>\n<p>Checkpoints are written locally every "
        + "interval; ").append(Outage.everyNth(p.copyEvery())).append(" is copied to the "
        + "central object store (appendix, \"WAN outage\"). ").append(esc(f.retentionSentence()))
        .append(" The outage, copy and retention settings are the scenario's (illustrative "
        + "planning values). Each row is what <code>exaplan outage --interval &lt;cadence&gt;"
        + "</code> prints.</p>\n");
    Table outage = f.table("outage");
    rows(h, outage, "outage-table", "interval");
    for (Outage.Plan plan : f.outages()) {
      h.append("<h4>Every ").append(esc(human(plan.intervalSeconds(), Dimension.DURATION)))
          .append("</h4>\n<ul class=\"small\" data-interval=\"")
          .append(esc(Cells.display(outage.column("intervalS"), plan.intervalSeconds())))
          .append("\">\n");
      for (String line : Outage.lifecycle(plan, f.account())) {
        h.append("<li>").append(esc(line)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    close(h);
  }

  /**
   * A table of rows as HTML, each cell as every other format shows it; each row carries
   * {@code data-<attr>} = its first cell, and a "Meets" cell is coloured.
   */
  private static void rows(StringBuilder h, Table t, String htmlId, String attr) {
    h.append("<div class=\"table-wrap\"><table id=\"").append(htmlId).append("\"")
        .append(keep(t.rows().size())).append(">\n<caption>")
        .append(esc(t.title())).append("</caption>\n<thead><tr>");
    for (Column c : t.columns()) {
      h.append("<th>").append(esc(c.title())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<Object> r : t.rows()) {
      h.append("<tr data-").append(attr).append("=\"").append(esc(Cells.display(
          t.columns().get(0), r.get(0)))).append("\">");
      for (int i = 0; i < r.size(); i++) {
        Column c = t.columns().get(i);
        String v = Cells.display(c, r.get(i));
        String cls = c.numeric() ? "num" : c.key().equals("meets") ? v : "";
        h.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">").append(esc(v))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  /**
   * The physical checks of each option's worst rack and the cabling bill of materials, the
   * compare report's own tables (docs/model.md, "Physical checks per rack").
   */
  private static void physical(StringBuilder h, Deliverables d) {
    open(h, "physical");
    h.append("<p>Each rack of the layout engine's placement against its two power feeds (either "
        + "carries the whole rack at its devices' maximum draw), the air-cooling limit and the "
        + "floor loading; what losing a whole rack does to the stripes; and the cables and "
        + "optics of the cabling the NetBox export writes.</p>\n");
    transposed(h, d.compare().table("physical"), "physical-table");
    rows(h, d.compare().table("bom"), "bom-table", "option");
    close(h);
  }

  private static void requirements(StringBuilder h, Deliverables d) {
    open(h, "requirements");
    Requirements rq = d.requirements();
    List<Option> options = d.comparison().options();
    h.append("<div class=\"table-wrap\"><table id=\"requirements-table\">\n<thead><tr><th>Requirement</th>");
    for (Option o : options) {
      h.append("<th data-option=\"").append(esc(o.id())).append("\">").append(esc(o.id()))
          .append("</th>");
    }
    h.append("</tr></thead>\n");
    for (var e : rq.requirements().entrySet()) {
      h.append("<tr data-requirement=\"").append(esc(e.getKey())).append("\"><th>")
          .append(esc(e.getValue())).append("</th>");
      for (Option o : options) {
        Requirements.Statement st = rq.fit(o.family(), e.getKey());
        if (st == null) {
          h.append("<td>not stated</td>");
          continue;
        }
        h.append("<td class=\"").append(st.status()).append("\"><b>").append(st.status())
            .append("</b>: ").append(esc(st.text())).append(" <span class=\"src\">[")
            .append(esc(String.join(", ", st.sources()))).append("]</span></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n<h3>Sources</h3>\n<ul class=\"small\" id=\"requirements-sources\">\n");
    for (var src : rq.sources().values()) {
      h.append("<li><b>").append(esc(src.id())).append("</b>: ").append(esc(src.citation()))
          .append("</li>\n");
    }
    h.append("</ul>\n");
    close(h);
  }

  private static void audit(StringBuilder h, Deliverables d) {
    open(h, "audit");
    h.append("<div class=\"table-wrap\"><table id=\"audit-table\">\n<thead><tr><th>Claim</th><th>Statement</th>"
        + "<th>Verdict</th><th>Computed</th><th>Why</th></tr></thead>\n");
    for (ClaimResult c : d.audit().claims()) {
      h.append("<tr data-claim=\"").append(esc(c.id())).append("\"><td>").append(esc(c.id()))
          .append("</td><td>").append(esc(c.statement())).append("</td><td class=\"")
          .append(c.verdict().key()).append("\">").append(c.verdict().key()).append("</td><td>")
          .append(esc(Briefing.computedWords(c.computed()))).append("</td><td>").append(esc(c.explanation()))
          .append("</td></tr>\n");
    }
    h.append("</table></div>\n");
    close(h);
  }

  private static void assumptions(StringBuilder h, Deliverables d) {
    open(h, "assumptions");
    h.append("<h3>Catalog figures that are assumptions</h3>\n<ul class=\"small\" "
        + "id=\"assumptions-list\">\n");
    // in words with their reasons, as the deck states them (not as catalog keys)
    for (Briefing.Plain a : Briefing.assumptions(
        d.assumptions(), d.comparison().catalog())) {
      h.append("<li><b>").append(esc(a.what())).append(".</b> ")
          .append(a.why().isEmpty() ? "" : esc("Why: " + a.why()))
          .append(" <span class=\"src\">[used by ").append(esc(a.usedBy()))
          .append("]</span></li>\n");
    }
    h.append("</ul>\n<h3>Checkpoint and outage inputs</h3>\n<ul class=\"small\" "
        + "id=\"checkpoint-inputs\">\n");
    // in words with their sources, as the deck's notes give them (not as catalog keys)
    for (Briefing.Plain a : Briefing.checkpointInputs(d.checkpoint(),
        d.comparison().catalog())) {
      h.append("<li><b>").append(esc(a.what())).append(".</b> ")
          .append(esc(a.basis())).append("</li>\n");
    }
    h.append("</ul>\n<h3>Requirements judged without a public source</h3>\n<ul class=\"small\">\n");
    for (var src : d.requirements().sources().values()) {
      if (src.assumption()) {
        h.append("<li><b>").append(esc(src.id())).append("</b>: ").append(esc(src.citation()))
            .append("</li>\n");
      }
    }
    h.append("</ul>\n");
    close(h);
  }

  private static void notes(StringBuilder h, Deliverables d) {
    open(h, "notes");
    for (Option o : d.comparison().options()) {
      h.append("<h3 data-option=\"").append(esc(o.id())).append("\">").append(esc(o.name()
          + " (" + o.id() + ")")).append("</h3>\n<ul class=\"small\">\n");
      for (String n : o.notes()) {
        h.append("<li>").append(esc(n)).append("</li>\n");
      }
      for (DesignFailures f : d.checkpoint().failures()) {
        if (f.option().equals(o.id())) {
          for (String n : f.analysis().notes()) {
            h.append("<li>").append(esc(n)).append("</li>\n");
          }
        }
      }
      h.append("</ul>\n");
    }
    close(h);
  }


}
