package io.exaplan.report.visual;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.html.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawing folder is drawn on several threads, largest first: the files are still the ones
 * each drawing makes alone, written in the folder's order.
 */
class VisualFormatTest {
  @Test
  void folderDrawnAtOnce_sameFilesAsOneByOne_inOrder(@TempDir Path tmp) throws Exception {
    Deliverables d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn(), List.of());
    List<VisualFormat.Drawing> drawings = VisualFormat.SVG.drawings(d);
    List<Path> written = VisualFormat.SVG.write(d, tmp.resolve("svg"));
    List<Path> expected = new ArrayList<>();
    for (VisualFormat.Drawing dr : drawings) {
      expected.add(tmp.resolve("svg").resolve(dr.name() + ".svg"));
    }
    assertThat(written).isEqualTo(expected);
    List<byte[]> drawn = VisualFormat.SVG.drawAll(d);
    assertThat(drawn).hasSize(drawings.size());
    for (int i = 0; i < drawings.size(); i++) {
      byte[] alone = drawings.get(i).bytes().get();
      assertThat(Files.readAllBytes(written.get(i))).as(drawings.get(i).name()).isEqualTo(alone);
      assertThat(drawn.get(i)).as(drawings.get(i).name()).isEqualTo(alone);
    }
  }

  @Test
  void builtOnTheCores_sameReportAsBuiltOneByOne() {
    Scenario s = Scenario.builtIn();
    Catalog c = Catalog.builtIn();
    String alone = HtmlReport.render(Deliverables.build(s, c, List.of()));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertThat(HtmlReport.render(Deliverables.buildAtOnce(s, c, List.of(), pool)))
          .isEqualTo(alone);
    } finally {
      pool.shutdownNow();
    }
    assertThat(HtmlReport.render(VisualFormat.HTML.build(s, c, List.of()))).isEqualTo(alone);
  }

  @Test
  void largestDrawingStartsFirst_areasAreTheDrawingsSizes() {
    Deliverables d = Deliverables.build(Scenario.builtIn(), Catalog.builtIn(), List.of());
    List<VisualFormat.Drawing> drawings = VisualFormat.PNG.drawings(d);
    VisualFormat.Drawing fullest = drawings.get(0);
    for (VisualFormat.Drawing dr : drawings) {
      fullest = dr.area() > fullest.area() ? dr : fullest;
    }
    // ncp-1eb's 162 racks, 12 to a row (14 rows of racks): the tallest sheet of the folder
    assertThat(fullest.name()).isEqualTo("ncp-1eb-racks-full");
    var full = d.sheets().get(1).full();
    assertThat(fullest.area()).isEqualTo(full.width() * full.height());
    assertThat(VisualFormat.threads()).isBetween(1, VisualFormat.MAX_THREADS);
  }
}
