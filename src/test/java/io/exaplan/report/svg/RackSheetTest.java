package io.exaplan.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.Golden;
import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.sizing.SizingEngine;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class RackSheetTest {
  private static final Catalog C = Catalog.builtIn();

  private static RackPlan plan(String box, int boxes, int cnodes) {
    return RackPlanner.plan(SizingEngine.size(Options.design(Scenario.builtIn(), C, C.dbox(box),
        boxes, cnodes)));
  }

  private static RackSheet podSummary() {
    return RackSheet.summary("ncp-pod-summary", "NVIDIA-aligned pod (ncp-pod): one rack per "
        + "layout", List.of("Scenario: built-in, 2025-10-30"), plan("dbox-1350", 180, 450));
  }

  @Test
  void summary_ncpPod_matchesGolden() throws Exception {
    Golden.assertMatches("ncp-pod-racks-summary.svg", podSummary().svg());
  }

  @Test
  void cloud_matchesGolden() throws Exception {
    Golden.assertMatches("cloud-hdd-racks-summary.svg", RackSheet.cloud("cloud-hdd-summary",
        "HDD cloud object (cloud-hdd): racks", List.of("Scenario: built-in, 2025-10-30"),
        "HDD cloud object rack", 220, 42, 12_000).svg());
  }

  @Test
  void full_ncpPod_wellFormedWithUniqueIdsAndDeviceTooltips() throws Exception {
    RackSheet sheet = RackSheet.full("pod", "pod", List.of(), plan("dbox-1350", 180, 450));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(sheet.svg())));
    NodeList groups = doc.getElementsByTagName("g");
    Set<String> ids = new HashSet<>();
    int devices = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      assertThat(ids.add(g.getAttribute("id"))).as("duplicate id %s", g.getAttribute("id"))
          .isTrue();
      if (g.getAttribute("id").matches("pod-R\\d+-(dbox|cnode|leaf|spine)-\\d+")) {
        devices++;
        assertThat(g.getElementsByTagName("title").item(0).getTextContent())
            .contains(" W typical");
      }
    }
    // 180 + 450 + 30 devices, each a group with a tooltip.
    assertThat(devices).isEqualTo(660);
    // One rack group per rack, R01..R35.
    assertThat(ids).contains("pod-R01", "pod-R35").doesNotContain("pod-R36");
  }

  @Test
  void png_summary_sameSizeAsSvgTimesScale() throws Exception {
    RackSheet sheet = podSummary();
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(sheet.png(2)));
    assertThat(img.getWidth()).isEqualTo((int) Math.ceil(sheet.width() * 2));
    assertThat(img.getHeight()).isEqualTo((int) Math.ceil(sheet.height() * 2));
    // Top-left corner is the white sheet; a device colour (D-box blue #3b6ea8) appears.
    assertThat(img.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
    boolean blue = false;
    for (int y = 0; y < img.getHeight() && !blue; y += 2) {
      for (int x = 0; x < img.getWidth() && !blue; x += 2) {
        blue = (img.getRGB(x, y) & 0xffffff) == 0x3b6ea8;
      }
    }
    assertThat(blue).isTrue();
  }

  @Test
  void cloud_hdd_oneRackStandsForAll() {
    String svg = RackSheet.cloud("cloud", "HDD cloud object (cloud-hdd): racks", List.of("x"),
        "HDD object rack", 220, 42, 12_000).svg();
    assertThat(svg).contains(">x 220 racks<").contains(">contents not modelled<")
        .contains("42 U, 12 kW");
  }

  @Test
  void num_roundsToTwoDecimalsWithoutExponent() {
    assertThat(Svg.num(12)).isEqualTo("12");
    assertThat(Svg.num(3.5)).isEqualTo("3.5");
    assertThat(Svg.num(0.125)).isEqualTo("0.13");
    assertThat(Svg.num(1e7)).isEqualTo("10000000");
    assertThat(Svg.num(-0.001)).isEqualTo("0");
    assertThat(Svg.esc("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
  }

  @Test
  void wrap_longRanges_cutAtThreeLines() {
    List<String> lines = RackSheet.wrap("R001, R003, R005, R007, R009, R011, R013, R015, R017, "
        + "R019, R021, R023, R025, R027, R029, R031, R033, R035, R037, R039, R041, R043", 160, 2);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith(" ...");
  }
}
