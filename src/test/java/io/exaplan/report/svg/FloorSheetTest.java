package io.exaplan.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.layout.FloorPlan;
import io.exaplan.layout.Hall;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.Golden;
import io.exaplan.sizing.SizingEngine;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FloorSheetTest {
  private static final Catalog C = Catalog.builtIn();
  /** 4 rows of 10, one column in the way: 39 positions for the pod's 35 racks. */
  private static final Hall HALL = new Hall(4, 10, Hall.Aisle.COLD, null,
      List.of(new Hall.Position(1, 1)));

  private static RackPlan pod() {
    return RackPlanner.plan(SizingEngine.size(Options.design(Scenario.builtIn(), C,
        C.dbox("dbox-1350"), 180, 450)));
  }

  private static FloorSheet podSheet() {
    return new FloorSheet("ncp-pod-floor", "NVIDIA-aligned pod (ncp-pod): floor plan",
        List.of("Scenario: built-in, 2025-10-30"), FloorPlan.place(HALL, pod()));
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(svg)));
  }

  private static List<Element> withClass(Document d, String tag, String cls) {
    NodeList all = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals("xp-" + cls)) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void podFloor_matchesGolden() throws Exception {
    Golden.assertMatches("ncp-pod-floor.svg", podSheet().svg());
  }

  @Test
  void podFloor_drawsEveryRackPositionAndAisle() throws Exception {
    Document d = parse(podSheet().svg());
    // 35 racks: 10 network (one spine each) + 25 storage; 40 - 1 reserved - 35 = 4 free;
    // 4 rows -> 5 aisles. Swatches in the legend add one of each.
    assertThat(withClass(d, "rect", "floor-network")).hasSize(10 + 1);
    assertThat(withClass(d, "rect", "floor-storage")).hasSize(25 + 1);
    assertThat(withClass(d, "rect", "pos-free")).hasSize(4 + 1);
    assertThat(withClass(d, "rect", "pos-reserved")).hasSize(1 + 1);
    assertThat(withClass(d, "rect", "aisle-cold")).hasSize(2 + 1);
    assertThat(withClass(d, "rect", "aisle-hot")).hasSize(3 + 1);
    // every rack a group with a tooltip naming its row, position and draw
    String svg = podSheet().svg();
    assertThat(svg).contains("<g id=\"ncp-pod-floor-R01\"><title>R01: row ").contains("R35: row ").contains("network rack (holds a spine switch)")
        .contains(" of 12 kW (");
  }

  @Test
  void band_sharesOfTheLimit() {
    // under 50%, 50-80%, 80-95%, 95% and over
    assertThat(FloorSheet.band(0.49)).isEqualTo("kw-1");
    assertThat(FloorSheet.band(0.5)).isEqualTo("kw-2");
    assertThat(FloorSheet.band(0.8)).isEqualTo("kw-3");
    assertThat(FloorSheet.band(0.95)).isEqualTo("kw-4");
    assertThat(FloorSheet.band(0.9983)).isEqualTo("kw-4");
  }

  @Test
  void png_isTheSameDrawingAtScale() throws Exception {
    FloorSheet s = podSheet();
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(s.png(2)));
    assertThat(img.getWidth()).isEqualTo((int) Math.ceil(s.width() * 2));
    assertThat(img.getHeight()).isEqualTo((int) Math.ceil(s.height() * 2));
  }

  @Test
  void rackSheets_keepTheirStyleSheet() {
    // the floor plan's classes are its own: a rack sheet's CSS does not list them
    assertThat(Look.css()).doesNotContain("floor-network");
  }
}
