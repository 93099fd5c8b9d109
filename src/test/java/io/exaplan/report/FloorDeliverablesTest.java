package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Studies;
import io.exaplan.config.Yaml;
import io.exaplan.design.Scenario;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.html.HtmlReport;
import io.exaplan.report.visual.VisualFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The floor plan in the deck, the HTML report and the svg/png folder, with a 9 x 15 hall. */
class FloorDeliverablesTest {
  private static Deliverables hall;
  private static XMLSlideShow ppt;

  @BeforeAll
  static void build() throws Exception {
    Catalog c = Catalog.builtIn();
    Scenario s = Scenario.builtIn().with(Yaml.parseJson("test",
        "{\"hall\": {\"rows\": 9, \"racksPerRow\": 15}}"), "", c);
    hall = Deliverables.build(s, c, Studies.of(s, c));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VisualFormat.PPTX.writeFile(hall, out);
    ppt = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
  }

  private static XSLFSlide slide(String title) {
    for (XSLFSlide s : ppt.getSlides()) {
      if (title.equals(s.getTitle())) {
        return s;
      }
    }
    throw new AssertionError("no slide titled " + title);
  }

  private static int shapes(List<XSLFShape> shapes) {
    int n = 0;
    for (XSLFShape s : shapes) {
      assertThat(s).isNotInstanceOf(XSLFPictureShape.class);
      n += s instanceof XSLFGroupShape g ? shapes(g.getShapes()) : 1;
    }
    return n;
  }

  @Test
  void deck_floorSlidePerOnSiteOption_nativeShapes() {
    List<String> titles = new ArrayList<>();
    for (XSLFSlide s : ppt.getSlides()) {
      titles.add(String.valueOf(s.getTitle()));
    }
    // four on-site options; the cloud baseline's racks are not in the hall
    assertThat(titles.stream().filter(t -> t.endsWith(": floor plan"))).hasSize(4);
    assertThat(titles).doesNotContain("HDD cloud object at 1 EB (cloud-hdd): floor plan");
    XSLFSlide pod = slide("NVIDIA-aligned pod (NCP) (ncp-pod): floor plan");
    // 135 positions, 35 of them racks: well over 135 editable shapes, no bitmap
    assertThat(shapes(pod.getShapes())).isGreaterThan(135 + 35);
    List<String> texts = new ArrayList<>();
    collect(pod.getShapes(), texts);
    assertThat(texts).contains("R01", "Row 5", "cold aisle", "hot aisle",
        "Network rack (holds a spine switch)", "Fits the hall: yes: 35 of 135 positions");
  }

  private static void collect(List<XSLFShape> shapes, List<String> out) {
    for (XSLFShape s : shapes) {
      if (s instanceof XSLFGroupShape g) {
        collect(g.getShapes(), out);
      } else if (s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
        for (var p : t.getTextParagraphs()) {
          out.add(p.getText());
        }
      }
    }
  }

  @Test
  void deck_tableSlide_hasTheHallVerdictRow() {
    XSLFSlide t = slide("Options side by side");
    List<String> cells = new ArrayList<>();
    for (XSLFShape s : t.getShapes()) {
      if (s instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
        table.getRows().forEach(r -> r.getCells().forEach(c -> cells.add(c.getText())));
      }
    }
    // 162 racks > 135 positions
    assertThat(cells).contains("Fits the hall (9 rows x 15 racks, 135 positions)",
        "yes: 35 of 135 positions", "no: 162 of 135 positions", "not on site");
  }

  @Test
  void html_floorSection_figurePerOnSiteOption() {
    Document doc = Jsoup.parse(HtmlReport.render(hall));
    assertThat(doc.select("section#floor figure")).extracting(e -> e.attr("data-option"))
        .containsExactly("ncp-pod", "ncp-1eb", "dense-420-210", "dense-105-210");
    assertThat(doc.select("section#floor figure[data-fits=false]"))
        .extracting(e -> e.attr("data-option")).containsExactly("ncp-1eb");
    assertThat(doc.select("#floor-ncp-1eb figcaption").text())
        .contains("no: 162 of 135 positions");
    assertThat(doc.select("#floor-ncp-pod svg")).hasSize(1);
    assertThat(doc.select("#metrics-table tr.verdict th").eachText())
        .contains("Fits the hall (9 rows x 15 racks, 135 positions)");
  }

  @Test
  void folder_hasAFloorFilePerOnSiteOption() {
    assertThat(VisualFormat.SVG.drawings(hall)).extracting(VisualFormat.Drawing::name)
        .filteredOn(n -> n.contains("floor"))
        .containsExactly("ncp-pod-floor", "ncp-1eb-floor", "dense-420-210-floor",
            "dense-105-210-floor");
  }

  @Test
  void html_noHall_saysSoAndDrawsNothing() {
    Deliverables none = new Deliverables(hall.scenario().withHall(null), hall.comparison(),
        hall.compare(), hall.audit(), hall.sheets(), hall.charts(), hall.checkpoint(),
        hall.requirements(), hall.studies());
    Document doc = Jsoup.parse(HtmlReport.render(none));
    assertThat(doc.select("#floor-none").text()).startsWith("No hall given");
  }
}
