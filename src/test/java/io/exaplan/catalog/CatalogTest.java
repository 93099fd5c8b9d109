package io.exaplan.catalog;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.config.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  @TempDir Path dir;

  @Test
  void builtIn_dbox1350_hasRawFromDrivesTimesSize() {
    DBoxModel box = Catalog.builtIn().dbox("dbox-1350");
    // 22 x 61.44 TB = 1,351.68 TB
    assertThat(box.rawBytes()).isEqualTo(1_351.68e12, org.assertj.core.api.Assertions.within(1e3));
    assertThat(box.rackUnits()).isEqualTo(1);
    assertThat(box.portBytesPerSec()).isEqualTo(25e9); // 200 Gb/s / 8
  }

  @Test
  void builtIn_dense5400_is5406TerabytesIn2U() {
    DBoxModel box = Catalog.builtIn().dbox("dense-5400");
    // 44 x 122.88 TB = 5,406.72 TB
    assertThat(box.rawBytes()).isEqualTo(5_406.72e12, org.assertj.core.api.Assertions.within(1e3));
    assertThat(box.rackUnits()).isEqualTo(2);
    assertThat(box.certified()).isFalse();
  }

  @Test
  void builtIn_everyFigureHasAKnownSource() {
    Catalog c = Catalog.builtIn();
    for (Item item : List.<Item>of(c.cnode("cnode-gen6"), c.dbox("dbox-338"),
        c.switchModel("sn5600"), c.capacity())) {
      item.figures().values().forEach(f -> assertThat(c.sources()).containsKey(f.sourceId()));
    }
  }

  @Test
  void assumptions_listOnlyAssumedFigures_withValueAndReason() {
    Catalog c = Catalog.builtIn();
    List<String> a = c.assumptions(List.of(c.dbox("dense-5400")));
    assertThat(a).anySatisfy(s -> assertThat(s).startsWith("dense-5400.powerTypical = 1.82 kW "
        + "(assumption: typical draw not published;"));
    // rackUnits comes from the NetBox library, a citation, so it is not an assumption
    assertThat(a).noneMatch(s -> s.startsWith("dense-5400.rackUnits"));
  }

  @Test
  void overlay_overridesOneFieldAndKeepsTheRest() {
    Path f = write(dir, "mine.yaml", "dboxes:\n  dbox-1350:\n    read: 58 GB/s @assume-dbox-read\n");
    Catalog c = Catalog.load(List.of(f));
    assertThat(c.dbox("dbox-1350").readBytesPerSec()).isEqualTo(58e9);
    assertThat(c.dbox("dbox-1350").drives()).isEqualTo(22);
  }

  @Test
  void overlay_addsAModelWithItsOwnSource() {
    Path f = write(dir, "mine.yaml", String.join("\n",
        "sources:",
        "  lab: \"assumption: lab pair\"",
        "switches:",
        "  tiny:",
        "    name: tiny",
        "    rackUnits: 1 @lab",
        "    ports: 32 @lab",
        "    portSpeed: 400 Gb/s @lab",
        "    powerTypical: 500 W @lab",
        "    powerMax: 700 W @lab",
        ""));
    Catalog c = Catalog.load(List.of(f));
    assertThat(c.switchModel("tiny").ports()).isEqualTo(32);
    assertThat(c.assumptions(List.of(c.switchModel("tiny")))).hasSize(5);
  }

  @Test
  void overlay_unknownKey_namesFileLineFieldAndLegalKeys() {
    Path f = write(dir, "bad.yaml", "dboxes:\n  dbox-1350:\n    colour: red\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ":3:5: dboxes.dbox-1350.colour: unknown key; expected one of: name, "
            + "rackUnits, drives, driveSize, read, write, powerTypical, powerMax, ports, "
            + "portSpeed, certified, driveAfr, enclosureAfr");
  }

  @Test
  void overlay_wrongType_saysWhatWasExpected() {
    Path f = write(dir, "bad.yaml", "dboxes:\n  dbox-1350:\n    drives: many @netbox-vast-ceres-v2\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .hasMessage(f + ":3:13: dboxes.dbox-1350.drives: 'many' is not a number such as '42'");
  }

  @Test
  void overlay_negativeCount_isRejected() {
    Path f = write(dir, "bad.yaml", "cnodes:\n  cnode-gen6:\n    ports: -4 @netbox-vast-cbox-gen6\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .hasMessage(f + ":3:12: cnodes.cnode-gen6.ports: must be greater than zero, got '-4'; "
            + "expected a number such as '42'");
  }

  @Test
  void overlay_figureWithoutSource_isRejected() {
    Path f = write(dir, "bad.yaml", "dboxes:\n  dbox-1350:\n    read: 60 GB/s\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .hasMessage(f + ":3:11: dboxes.dbox-1350.read: '60 GB/s' has no source; write it as "
            + "'60 GB/s @source-id' with an id from the sources section");
  }

  @Test
  void overlay_unknownSource_isRejectedWithItsPath() {
    Path f = write(dir, "bad.yaml", "dboxes:\n  dbox-1350:\n    read: 60 GB/s @nowhere\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .hasMessageStartingWith(f + ":3:11: dboxes.dbox-1350.read: unknown source 'nowhere'; "
            + "add it under sources or use one of: netbox-vast-cbox-gen6, ");
  }

  @Test
  void overlay_maxBelowTypical_isRejected() {
    Path f = write(dir, "bad.yaml", "cnodes:\n  cnode-gen6:\n    powerMax: 500 W @netbox-vast-cbox-gen6\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .hasMessage(f + ":3:15: cnodes.cnode-gen6.powerMax: must be at least powerTypical "
            + "(550 W), got 500 W");
  }

  @Test
  void overlay_severalProblems_areAllReportedInFileOrder() {
    Path f = write(dir, "bad.yaml", "dboxes:\n  dbox-1350:\n    drives: 0 @netbox-vast-ceres-v2\n"
        + "    colour: red\n    read: fast @assume-dbox-read\n");
    assertThatThrownBy(() -> Catalog.load(List.of(f)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.substring(0, p.indexOf(": ", f.toString().length() + 1)))
            .containsExactly(f + ":3:13", f + ":4:5", f + ":5:11"));
  }

  @Test
  void overlay_missingFile_saysNotFound() {
    Path f = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> Catalog.load(List.of(f))).hasMessage(f + ": file not found");
  }

  @Test
  void catalog_lookupOfUnknownModel_listsKnownOnes() {
    assertThatThrownBy(() -> Catalog.builtIn().dbox("dbox-9000"))
        .hasMessage("unknown D-box model 'dbox-9000'; known: dbox-1350, dbox-338, dense-5400");
  }
}
