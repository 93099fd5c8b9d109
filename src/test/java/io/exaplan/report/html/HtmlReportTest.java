package io.exaplan.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.Deliverables;
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
    d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn());
    html = HtmlReport.render(d);
    doc = Jsoup.parse(html);
  }

  @Test
  void render_builtIn_everySectionInOrder() {
    assertThat(doc.select("section")).extracting(e -> e.id()).containsExactly("scenario",
        "metrics", "racks", "charts", "checkpoint", "requirements", "audit", "assumptions",
        "notes", "elevations");
    for (Element s : doc.select("section")) {
      assertThat(s.selectFirst("h2")).as(s.id()).isNotNull();
    }
    assertThat(doc.select("#scenario-table td").eachText()).contains("2025-10-30", "160,000",
        "1 EB");
  }

  @Test
  void render_builtIn_everyOptionInEverySection() {
    for (Option o : d.comparison().options()) {
      String id = o.id();
      assertThat(doc.select("#metrics-table th[data-option=" + id + "]")).hasSize(1);
      Element fig = doc.selectFirst("#racks figure[data-option=" + id + "]");
      assertThat(fig).as(id).isNotNull();
      assertThat(fig.select("svg")).hasSize(1);
      assertThat(doc.select("#checkpoint-table tr[data-option=" + id + "]")).hasSize(1);
      assertThat(doc.select("#requirements-table th[data-option=" + id + "]")).hasSize(1);
      assertThat(doc.select("#notes h3[data-option=" + id + "]")).hasSize(1);
      assertThat(doc.select("#elevations figure[data-option=" + id + "]")).hasSize(1);
    }
    // Racks row of the metrics table: 37, 171, 60, 42, 220 (compare's figures).
    assertThat(doc.select("#metrics-table tr[data-key=racks] td").eachText())
        .containsExactly("37", "171", "60", "42", "220");
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
    // ncp-pod: 41,472 / 16,384 x 5.67 TB = 14.35 TB per round; / 1.463 TB/s = 9.813 s.
    assertThat(doc.select("#checkpoint-table tr[data-option=ncp-pod] td").eachText())
        .startsWith("ncp-pod", "41,472", "14.35 TB", "1.463 TB/s", "9.813 s");
    assertThat(doc.select("#checkpoint-inputs li")).isNotEmpty();
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
    assertThat(HtmlReport.render(Deliverables.build(Scenario.builtIn(), Catalog.builtIn())))
        .isEqualTo(html);
  }
}
