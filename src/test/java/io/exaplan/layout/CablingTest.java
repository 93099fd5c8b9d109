package io.exaplan.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.CNodeModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.SwitchModel;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Property test of the port assignment over random designs (seeded). */
class CablingTest {
  static final Catalog C = Catalog.builtIn();

  @Test
  void randomDesigns_everyPortCabledOnce_withinTheLeavesDownlinksAndTheSpinesPorts() {
    SplittableRandom rng = new SplittableRandom(21);
    List<DBoxModel> boxes = new ArrayList<>(C.dboxes().values());
    List<SwitchModel> switches = new ArrayList<>(C.switches().values());
    CNodeModel cn = C.cnode("cnode-gen6");
    int cases = Integer.getInteger("cabling.cases", 100);
    for (int n = 0; n < cases; n++) {
      DBoxModel box = boxes.get(rng.nextInt(boxes.size()));
      SwitchModel sw = switches.get(rng.nextInt(switches.size()));
      if (sw.portBytesPerSec() < box.portBytesPerSec()
          || sw.portBytesPerSec() < cn.portBytesPerSec()) {
        continue;
      }
      int dboxes = 1 + rng.nextInt(300);
      int cnodes = 1 + rng.nextInt(600);
      double kw = 8 + rng.nextInt(33);
      Design d = Design.builder().dbox(box, dboxes).cnode(cn, cnodes).switchModel(sw)
          .rack(C.rack("rack-42u"), kw * 1e3).powerBasis(PowerBasis.TYPICAL)
          .capacity(C.capacity()).fabric(C.fabric()).build();
      Sizing z = SizingEngine.size(d);
      RackPlan plan = RackPlanner.plan(z);
      Map<Device, String> names = new HashMap<>();
      for (Rack r : plan.racks()) {
        for (Device dev : r.devices()) {
          names.put(dev, "r" + r.number() + "-u" + dev.position() + "-" + dev.role().key());
        }
      }
      Cabling c = Cabling.of(d, plan, names::get);
      String what = dboxes + " x " + box.id() + ", " + cnodes + " C-nodes, " + sw.id() + ", "
          + kw + " kW";
      Set<String> used = new HashSet<>();
      Map<String, Integer> lanesPerPort = new HashMap<>();
      int downlinks = C.fabric().downlinksPerLeaf(sw);
      int endpointLinks = 0;
      List<String> wrong = new ArrayList<>();
      for (Cabling.Link l : c.links()) {
        if (!used.add(l.aDevice() + "|" + l.aPort())) {
          wrong.add("twice: " + l.aDevice() + " " + l.aPort());
        }
        if (!used.add(l.bDevice() + "|" + l.bPort())) {
          wrong.add("twice: " + l.bDevice() + " " + l.bPort());
        }
        if (!l.aDevice().endsWith("-leaf")) {
          endpointLinks++;
          int port = Integer.parseInt(l.bPort().replaceAll("^swp(\\d+).*", "$1"));
          if (!l.bDevice().endsWith("-leaf") || port < 1 || port > downlinks) {
            wrong.add("device port on " + l.bDevice() + " " + l.bPort());
          }
          lanesPerPort.merge(l.bDevice() + "|" + port, 1, Integer::sum);
        } else {
          // leaf uplink to a spine port that exists
          int port = Integer.parseInt(l.bPort().substring(3));
          if (!l.bDevice().endsWith("-spine") || port < 1 || port > sw.ports()) {
            wrong.add("uplink to " + l.bDevice() + " " + l.bPort());
          }
        }
      }
      assertThat(wrong).as(what).isEmpty();
      // every device port, once: (cnodes + dboxes) x 4 ports
      assertThat(endpointLinks).as(what).isEqualTo(cnodes * cn.ports() + dboxes * box.ports());
      int k = (int) Math.round(sw.portBytesPerSec() / Math.min(box.portBytesPerSec(),
          cn.portBytesPerSec()));
      assertThat(lanesPerPort.values()).as(what).allMatch(v -> v <= k);
      // with spines, every uplink of every leaf
      if (z.spineSwitches() > 0) {
        assertThat(c.links().size() - endpointLinks).as(what)
            .isEqualTo(z.leafSwitches() * (sw.ports() - downlinks));
      }
      assertThat(plan.count(Role.LEAF)).isEqualTo(z.leafSwitches());
      // the bill of materials counted during the assignment is the one of the cable list
      assertThat(Bom.of(d, plan)).as(what).isEqualTo(Bom.of(c, sw.portBytesPerSec() * 8));
    }
  }
}
