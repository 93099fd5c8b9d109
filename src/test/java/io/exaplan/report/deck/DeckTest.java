package io.exaplan.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.Cells;
import io.exaplan.report.Deliverables;
import io.exaplan.report.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeckTest {
  private static XMLSlideShow ppt;

  @BeforeAll
  static void write() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deck.write(Deliverables.build(Scenario.builtIn(), Catalog.builtIn()), out);
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

  @Test
  void deck_builtIn_slidesInOrder() {
    List<String> titles = new ArrayList<>();
    for (XSLFSlide s : ppt.getSlides()) {
      // The title slide's heading is a centred-title placeholder, which getTitle() skips.
      titles.add(s.getTitle() != null ? s.getTitle() : s.getPlaceholder(0).getText());
    }
    // Title, scenario, assumptions, table; 5 options; 4 charts; checkpoint findings, fit,
    // failures, outage; requirements, audit.
    assertThat(titles).containsExactly("Storage options for GPU training fleets", "Scenario",
        "Assumptions the numbers rest on", "Options side by side",
        "NVIDIA-aligned pod (NCP) (ncp-pod)", "NVIDIA-aligned pod (NCP) at 1 EB (ncp-1eb)",
        "Dense, C:D 2:1 (dense-420-210)", "Dense, C:D 1:2 (dense-105-210)",
        "HDD cloud object (cloud-hdd)", "C:D sweep: 210 x dense-5400 (1 EB usable)",
        "Racks, power and throughput per option",
        "Write rate needed vs checkpoint interval",
        "Efficiency at Daly's checkpoint interval vs job size", "Checkpoint and outage findings",
        "Checkpoint fit", "Failures and efficiency", "WAN outage and tiering",
        "Requirements fit", "Claims audit");
    assertThat(ppt.getPageSize().getWidth()).isEqualTo(960);
  }

  @Test
  void deck_sideBySide_realTableWithEngineValues() {
    XSLFTable t = table(slide("Options side by side"));
    assertThat(t.getCell(0, 1).getText()).isEqualTo("ncp-pod");
    assertThat(t.getCell(0, 5).getText()).isEqualTo("cloud-hdd");
    int racks = -1;
    for (int r = 0; r < t.getNumberOfRows(); r++) {
      if (t.getCell(r, 0).getText().equals("Racks")) {
        racks = r;
      }
    }
    assertThat(racks).isPositive();
    assertThat(List.of(t.getCell(racks, 1).getText(), t.getCell(racks, 2).getText(),
        t.getCell(racks, 3).getText(), t.getCell(racks, 4).getText(),
        t.getCell(racks, 5).getText())).containsExactly("37", "171", "60", "42", "220");
    XSLFTable req = table(slide("Requirements fit"));
    assertThat(req.getCell(7, 0).getText()).isEqualTo("NVIDIA certification");
    assertThat(req.getCell(7, 3).getText()).isEqualTo("no");
  }

  @Test
  void deck_optionAndChartSlides_havePicturesAndNotes() {
    int pictures = 0;
    for (XSLFSlide s : ppt.getSlides()) {
      for (XSLFShape sh : s.getShapes()) {
        if (sh instanceof XSLFPictureShape p) {
          pictures++;
          assertThat(p.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');
        }
      }
      assertThat(ppt.getNotesSlide(s).getPlaceholders()).anySatisfy(
          (XSLFTextShape t) -> assertThat(t.getText()).isNotBlank());
    }
    // 5 rack pictures + 4 charts.
    assertThat(pictures).isEqualTo(9);
    assertThat(notes(slide("NVIDIA-aligned pod (NCP) (ncp-pod)"))).contains(
        "Racks 37: space needs 690 U / 40 U = 18, power needs 417.9 kW");
  }

  @Test
  void deck_checkpointSlides_compareTablesCellForCell() {
    Deliverables d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn());
    // The fit slide is compare's checkpoint table; failures and outage the report's tables.
    String[] slides = {"Checkpoint fit", "Failures and efficiency", "WAN outage and tiering"};
    for (int k = 0; k < slides.length; k++) {
      Table want = k == 0 ? d.compare().table("checkpoint") : d.checkpoint().tables().get(k);
      XSLFTable got = table(slide(slides[k]));
      assertThat(got.getNumberOfRows()).isEqualTo(want.rows().size() + 1);
      for (int c = 0; c < want.columns().size(); c++) {
        assertThat(got.getCell(0, c).getText()).isEqualTo(want.columns().get(c).title());
        for (int r = 0; r < want.rows().size(); r++) {
          assertThat(got.getCell(r + 1, c).getText()).as("%s [%d,%d]", slides[k], r, c)
              .isEqualTo(Cells.display(want.columns().get(c), want.rows().get(r).get(c)));
        }
      }
    }
    // Hand-checked cells: pod at 60 s misses 1.894 TB/s; pod's efficiency at Daly's interval
    // 0.8362 (DesignFailuresTest at R = 600 s, 0.8363, less the pod's 0.53 s restore); at
    // 5 min, (5 + 29) x 5.682 TB = 193.19 TB kept locally.
    assertThat(table(slide("Checkpoint fit")).getCell(1, 7).getText()).isEqualTo("no");
    assertThat(table(slide("Failures and efficiency")).getCell(1, 5).getText())
        .isEqualTo("0.8362");
    assertThat(table(slide("WAN outage and tiering")).getCell(2, 4).getText())
        .isEqualTo("193.19");
    assertThat(notes(slide("WAN outage and tiering"))).contains("U = ceil(1 d / 50 min) = 29");
    assertThat(notes(slide("Assumptions the numbers rest on"))).contains(
        "failures.restartTime = 10 min (assumption:").doesNotContain("Usable 215.2 PB");
  }

  private static String notes(XSLFSlide s) {
    StringBuilder sb = new StringBuilder();
    for (XSLFTextShape t : ppt.getNotesSlide(s).getPlaceholders()) {
      sb.append(t.getText()).append('\n');
    }
    return sb.toString();
  }

  private static XSLFTable table(XSLFSlide s) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTable t) {
        return t;
      }
    }
    throw new AssertionError("no table on " + s.getTitle());
  }
}
