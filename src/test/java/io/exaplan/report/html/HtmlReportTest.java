package io.exaplan.report.html;

import io.exaplan.cli.Embedded;
import static org.assertj.core.api.Assertions.assertThat;

import static io.exaplan.config.Units.fixed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Cli;
import io.exaplan.cli.Studies;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.deliverables.CheckpointFindings;
import io.exaplan.report.deliverables.Deliverables;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static Deliverables d;
  private static String html;
  private static Document doc;

  @BeforeAll
  static void render() {
    d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn(),
        Studies.of(Scenario.builtIn(), Catalog.builtIn()));
    html = HtmlReport.render(d);
    doc = Jsoup.parse(html);
  }

  @Test
  void render_builtIn_everySectionInOrder() {
    assertThat(doc.select("section")).extracting(e -> e.id()).containsExactly("summary",
        "scenario", "metrics", "racks", "floor", "charts", "checkpoint", "requirements",
        "physical", "audit",
        "assumptions", "optimiser", "sites", "simulation", "notes", "formulas");
    for (Element s : doc.select("section")) {
      assertThat(s.selectFirst("h2")).as(s.id()).isNotNull();
    }
    assertThat(doc.select("#scenario-table td").eachText()).contains("2025-10-30", "160,000",
        "1 EB");
  }

  @Test
  void render_printCss_repeatsHeadersAndKeepsFiguresWhole() {
    assertThat(html).contains("thead { display: table-header-group; }")
        .contains("figure, tr, li, caption { break-inside: avoid;")
        .contains("section { break-before: page; }");
    // every table of rows has a header group a printer repeats on each page
    for (Element t : doc.select("table[id]:not(#scenario-table)")) {
      assertThat(t.selectFirst("thead")).as(t.id()).isNotNull();
    }
  }

  @Test
  void render_isSelfContained_formulasInTheAppendix_noProjectDocs() {
    assertThat(html).doesNotContain("docs/model.md");
    assertThat(doc.select("#formulas-table tr")).hasSizeGreaterThan(15);
    assertThat(doc.select("#formulas-table td").eachText()).contains("Racks by power",
        "ceil(power on the chosen basis / rack power limit)");
  }

  @Test
  void render_summaryStudiesAndVerdicts() {
    assertThat(doc.select("#summary-lines li").eachText()).anyMatch(
        l -> l.startsWith("Fewest racks for 1 EB: dense-105-210, 40 racks"));
    assertThat(doc.select("#metrics-table tr.verdict th").eachText()).contains(
        "Reaches the 1 EB capacity target", "Meets NVIDIA guidance (DGX SuperPOD GB200, enhanced)");
    assertThat(doc.select("#optimiser table")).isNotEmpty();
    assertThat(doc.select("#sites table")).isNotEmpty();
    assertThat(doc.select("#simulation table")).isNotEmpty();
  }

  @Test
  void render_drawsEachLayoutOnce_sizeGrowsWithLayoutsNotRacks() {
    // ncp-1eb has 171 racks; its drawing has one rack group per distinct layout
    Deliverables.OptionSheets eb = d.sheets().get(1);
    int layouts = eb.plan().layouts().size();
    assertThat(doc.select("#racks-ncp-1eb svg g[id$=-title]")).hasSize(1);
    assertThat(html.length()).isLessThan(3_000_000);
    assertThat(layouts).isLessThan(eb.option().space().racks());
  }

  @Test
  void render_builtIn_everyOptionInEverySection() {
    for (Option o : d.comparison().options()) {
      String id = o.id();
      assertThat(doc.select("#metrics-table th[data-option=" + id + "]")).hasSize(1);
      Element fig = doc.selectFirst("#racks figure[data-option=" + id + "]");
      assertThat(fig).as(id).isNotNull();
      assertThat(fig.select("svg")).hasSize(1);
      // One row per cadence (60 s, 5 min, 15 min), as in compare's checkpoint table.
      assertThat(doc.select("#checkpoint-table tr[data-option=" + id + "]")).hasSize(3);
      assertThat(doc.select("#failure-table tr[data-option=" + id + "]")).hasSize(1);
      assertThat(doc.select("#requirements-table th[data-option=" + id + "]")).hasSize(1);
      assertThat(doc.select("#notes h3[data-option=" + id + "]")).hasSize(1);
    }
    // Racks row of the metrics table: 35, 162, 55, 40, 220 (compare's figures, each at its lower
    // bound: power 417.9/12 -> 35, 1,941.3/12 -> 162, 651.7/12 -> 55; dense-105-210's packing 40)
    assertThat(doc.select("#metrics-table tr[data-key=racks] td").eachText())
        .containsExactly("35", "162", "55", "40", "220");
    // The cloud option draws one placeholder rack and says its internals are not modelled.
    assertThat(doc.selectFirst("#racks figure[data-option=cloud-hdd] figcaption").text())
        .contains("Internals not modelled");
  }

  @Test
  void render_builtIn_chartsAuditRequirementsCheckpoint() {
    assertThat(doc.select("#charts figure")).extracting(Element::id).containsExactly(
        "chart-cd-sweep", "chart-option-bars", "chart-checkpoint-cadence", "chart-efficiency");
    assertThat(doc.select("#charts figure svg")).hasSize(4);
    assertThat(doc.select("#audit-table tr[data-claim]")).hasSize(d.audit().claims().size());
    assertThat(doc.select("#requirements-table tr[data-requirement]")).hasSize(7);
    assertThat(doc.selectFirst("#requirements-table tr[data-requirement=nvidia-cert]")
        .select("td").eachAttr("class")).containsExactly("yes", "yes", "no", "no", "no");
    // the inputs in words, by catalog name, each with its source or its reason (no raw keys)
    assertThat(doc.select("#checkpoint-inputs li").eachText()).anyMatch(l -> l.startsWith(
        "Failure model: unexpected interruptions 419, observed over 54 d, GPUs observed 16,384. "
            + "Source: Llama Team")).anyMatch(l -> l.startsWith(
            "Llama 3.1 405B: parameters 405,853,388,800. Source: Hugging Face"))
        .anyMatch(l -> l.startsWith("Failure model: restart time 10 min, reference run length "
            + "20.83 d. Assumption: The example values of Daly"))
        // 2 + 4 + 4 + 4 = 14 bytes per parameter, one line
        .anyMatch(l -> l.startsWith("Checkpoint contents per parameter: bf16 weights 2 B, fp32 "
            + "master weights 4 B, fp32 Adam first moment 4 B, fp32 Adam second moment 4 B."))
        .noneMatch(l -> l.matches("(?s).*[a-z0-9-]+\\.[a-z][A-Za-z]+ = .*"));
    assertThat(doc.select("#scenario-table td").eachText()).contains("Llama 3.1 405B",
        "DGX SuperPOD GB200, enhanced", "HDD cloud object").doesNotContain("llama-3.1-405b");
  }

  @Test
  void render_builtIn_checkpointSentencesAreTheFindingsOnes() {
    // one wording for the deck and the report (CheckpointFindings): the failure rate and why no
    // checkpoint is lost during an outage (newest 5 kept locally, the built-in scenario)
    CheckpointFindings f = d.checkpoint();
    String text = doc.select("#checkpoint p").text();
    assertThat(text).contains(f.failureRateSentence())
        .contains("Local storage keeps the newest 5 checkpoints plus every copy not yet "
            + "uploaded: none is lost while the WAN is down.");
    assertThat(f.failureRateSentence()).startsWith("Per-GPU MTBF ")
        .contains("so a job on 41,472 GPUs fails every ");
  }

  @Test
  void render_builtIn_checkpointTableIsCompares() {
    Cli compare = Cli.run("compare");
    String text = compare.out.replaceAll("[ \t]+", " ");
    var rows = doc.select("#checkpoint-table tr[data-option]");
    assertThat(rows).hasSize(15);
    for (Element r : rows) {
      assertThat(text).as("compare prints the row").contains("\n" + String.join(" ",
          r.select("td").eachText()) + "\n");
    }
    // 5.682 TB / (0.05 x 60 s) = 1.894 TB/s; the pod writes 450 x 3.25 GB/s = 1.463 TB/s.
    // The pod is one job's alone: share = alone = 1.463 TB/s.
    assertThat(rows.get(0).select("td").eachText()).containsExactly("ncp-pod", "60", "1",
        "1.894", "1.463", "1.463", "3.9", "3.9", "0.065", "no", "no", "77.7");
    assertThat(rows.get(0).selectFirst("td.no")).isNotNull();
    // ncp-1eb serves 4 jobs: 6.802 / 4 = 1.70 TB/s each < 1.894, alone 6.802 >= 1.894, and
    // 4 x 5.682 TB / 6.802 TB/s = 3.34 s <= 60 s, so only staggered checkpoints catch it.
    assertThat(doc.select("#checkpoint-findings li").eachText()).anyMatch(t -> t.startsWith(
        "Every 1 min each job needs 1.894 TB/s") && t.contains("no option keeps up")
        && t.contains("ncp-1eb (4 jobs: ") && t.contains("only if the jobs stagger"));
  }

  @Test
  void render_builtIn_failureRowsAreWhatCheckpointPrints() throws Exception {
    // ncp-pod: delta = 5,681,947,443,200 B / 1.4625e12 B/s = 3.885 s; M = 54 d x 16,384 / 419
    // / 41,472 = 1.222 h; Young sqrt(2 delta M) = 3.08 min; Daly 3.04 min; restart R = 600 s
    // overhead + the pod's 0.5261 s restore (5.682 TB / 10.8 TB/s), so efficiency at Daly's
    // interval 0.836342 x e^(-0.5261 / 4,399.05) = 0.8362, at 60 s 0.8134 (DesignFailuresTest
    // has the arithmetic at R = 600 s).
    List<String> pod = doc.select("#failure-table tr[data-option=ncp-pod] td").eachText();
    assertThat(pod).startsWith("ncp-pod", "3.9", "1.222", "3.08", "3.04", "0.8362", "0.8134");
    // The same row from `exaplan checkpoint --write-time <pod's write time> --interval <cadence>`.
    String delta = Double.toString(5_681_947_443_200.0 / 1.4625e12) + "s";
    String restart = Double.toString(600 + 5_681_947_443_200.0 / 10.8e12) + "s";
    String[] cadences = {"60s", "5m", "15m"};
    for (int i = 0; i < cadences.length; i++) {
      JsonNode j = new ObjectMapper().readTree(Cli.run("checkpoint", "--format", "json",
          "--write-time", delta, "--restart-time", restart, "--interval", cadences[i]).out);
      assertThat(pod.get(2)).isEqualTo(fixed(j.get("fleetMtbfSeconds").asDouble() / 3600, 3));
      assertThat(pod.get(3)).isEqualTo(fixed(j.get("youngIntervalSeconds").asDouble() / 60, 2));
      assertThat(pod.get(4)).isEqualTo(fixed(j.get("dalyIntervalSeconds").asDouble() / 60, 2));
      assertThat(pod.get(5)).isEqualTo(fixed(j.get("dalyEfficiency").asDouble(), 4));
      assertThat(pod.get(6 + i)).isEqualTo(fixed(j.get("efficiency").asDouble(), 4));
    }
  }

  @Test
  void render_builtIn_outageRowsAreWhatOutagePrints() throws Exception {
    // 5 min, every 10th copied: copy period 50 min; U = ceil(24 h / 50 min) = 29; backlog
    // 29 x 5.682 TB = 164.78 TB; retention (5 + 29) x 5.682 TB = 193.19 TB; steady 5.682e12 x 8
    // / 3,000 s = 15.15 Gb/s; catch-up 164.78e12 x 8 / 43,200 s + 15.15 = 45.67 Gb/s.
    List<String> row = doc.select("#outage-table tr[data-interval=300] td").eachText();
    assertThat(row).containsExactly("300", "50.0", "29", "164.78", "193.19", "15.15", "45.67",
        "1", "20.0");
    assertThat(doc.select("#outage-table tr[data-interval]")).extracting(e -> e.attr(
        "data-interval")).containsExactly("60", "300", "900");
    for (Element r : doc.select("#outage-table tr[data-interval]")) {
      JsonNode j = new ObjectMapper().readTree(Cli.run("outage", "--format", "json",
          "--interval", r.attr("data-interval") + "s").out);
      List<String> cells = r.select("td").eachText();
      assertThat(cells.get(2)).isEqualTo(j.get("pendingUploads").asText());
      assertThat(cells.get(4)).isEqualTo(fixed(j.get("localRetentionBytes").asDouble() / 1e12, 2));
      assertThat(cells.get(5)).isEqualTo(fixed(j.get("steadyWanBitsPerSec").asDouble() / 1e9, 2));
      assertThat(cells.get(6)).isEqualTo(fixed(j.get("catchUpWanBitsPerSec").asDouble() / 1e9,
          2));
    }
    assertThat(doc.select("#checkpoint ul[data-interval=300] li").eachText()).anyMatch(l ->
        l.startsWith("Outage of 1 d: U = ceil(1 d / 50 min) = 29 copies wait locally"));
  }

  @Test
  void render_builtIn_assumptionsAreAssumptionsWithWhatUsesThem() {
    List<String> items = doc.select("#assumptions-list li").eachText();
    // Every item is an assumed figure in words with its reason, as the deck has them, not a
    // catalog key ("cnode-gen6.write = 3.25 GB/s (assumption: ...")
    java.util.regex.Pattern rawKey = java.util.regex.Pattern.compile(
        "\\b[a-z0-9]+(-[a-z0-9]+)*\\.[a-z][A-Za-z]+ = ");
    assertThat(items).isNotEmpty().allMatch(l -> l.contains("[used by ")
        && !rawKey.matcher(l).find());
    assertThat(items).anyMatch(l -> l.startsWith(
        "C-node (CBox 1U Gen6): write 3.25 GB/s. Why: Midpoint of the 3-3.5 GB/s"));
    assertThat(items).anyMatch(l -> l.startsWith("Failure model: ")
        && l.contains("restart time 10 min")
        && l.endsWith("[used by checkpoint and outage findings]"));
  }

  @Test
  void render_auditComputed_inWordsNotFieldNames() {
    List<String> computed = new java.util.ArrayList<>();
    for (Element tr : doc.select("#audit-table tr[data-claim]")) {
      computed.add(tr.select("td").get(3).text());
    }
    // "nodeRackUnits 630" read as a field name; the deck says "630 rack units of nodes"
    assertThat(computed).contains("630 rack units of nodes")
        .noneMatch(c -> c.matches(".*\\b[a-z]+[A-Z][A-Za-z]* [0-9].*"));
  }

  @Test
  void render_everyTableScrollsInItsOwnBox_soThePageNeverOverflowsAPhone() {
    // the requirements table, unwrapped, made the page 552 px wide on a 390 px phone
    for (Element t : doc.select("table")) {
      assertThat(t.parent().hasClass("table-wrap") || t.closest("figure") != null)
          .as(t.id()).isTrue();
    }
  }

  @Test
  void render_print_shortTablesMoveWhole_noLastRowAlone() {
    assertThat(html).contains("table.keep { break-inside: avoid;")
        .contains("tbody tr:nth-last-child(-n+2), tbody tr:nth-child(-n+2) { break-before: "
            + "avoid; }");
    // the simulation's WAN backlog (25 rows) printed its last row alone on a page
    for (Element t : doc.select("table[id]")) {
      int rows = t.select("tbody tr").size();
      if (t.id().startsWith("simulation-") && rows > 0 && rows <= HtmlReport.KEEP_ROWS
          && t.selectFirst("thead") != null) {
        assertThat(t.hasClass("keep")).as(t.id()).isTrue();
      }
    }
    assertThat(doc.select("table.keep")).isNotEmpty();
  }

  @Test
  void render_builtIn_selfContainedAndDeterministic() {
    assertThat(doc.select("script, link, img, iframe")).isEmpty();
    // Nothing is fetched: no source or link attributes, no url() pointing off the page.
    assertThat(doc.select("[src], [href^=http], [xlink:href]")).isEmpty();
    assertThat(html).doesNotContain("url(http", "@import");
    // Ids are unique across the inline SVGs.
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
    }
    assertThat(HtmlReport.render(Deliverables.build(Scenario.builtIn(), Catalog.builtIn(),
        Studies.of(Scenario.builtIn(), Catalog.builtIn()))))
        .isEqualTo(html);
  }
}
