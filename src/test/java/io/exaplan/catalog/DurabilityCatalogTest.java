package io.exaplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.config.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityCatalogTest {

  private static Catalog overlay(Path dir, String yaml) throws IOException {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, yaml);
    return Catalog.load(List.of(f));
  }

  @Test
  void builtIn_failureRates_comeWithTheirSources() {
    Catalog c = Catalog.builtIn();
    assertThat(c.dbox("dense-5400").driveAfr()).isEqualTo(0.01);
    assertThat(c.cloudObject("hdd-object").driveAfr()).isCloseTo(0.0157,
        org.assertj.core.api.Assertions.within(1e-15));
    assertThat(c.sourceOf(c.cloudObject("hdd-object"), "driveAfr")).startsWith("Backblaze Drive "
        + "Stats for 2024");
    assertThat(c.sourceOf(c.durability(), "rebuildReadFraction")).startsWith("VAST Data "
        + "glossary");
  }

  @Test
  void dbox_withoutFailureRates_takesTheDurabilityDefaults(@TempDir Path dir) throws IOException {
    Catalog c = overlay(dir, """
        sources:
          mine: "assumption: lab pair"
        durability:
          driveAfr: 2% @mine
        dboxes:
          my-box:
            name: "Box"
            rackUnits: 2 @mine
            drives: 24 @mine
            driveSize: 30.72 TB @mine
            read: 40 GB/s @mine
            write: 15 GB/s @mine
            powerTypical: 900 W @mine
            powerMax: 1200 W @mine
            ports: 2 @mine
            portSpeed: 400 Gb/s @mine
        """);
    assertThat(c.dbox("my-box").driveAfr()).isEqualTo(0.02);
    assertThat(c.dbox("my-box").enclosureAfr()).isEqualTo(0.01);
    // A built-in box keeps its own figure.
    assertThat(c.dbox("dbox-1350").driveAfr()).isEqualTo(0.01);
    // Reports list the default the box depends on, under the durability section.
    assertThat(c.assumptions(List.of(c.durability().usedBy(c.dbox("my-box")))))
        .anyMatch(a -> a.startsWith("durability.driveAfr = 0.02 (assumption: lab pair)"));
    assertThat(c.assumptions(List.of(c.durability().usedBy(c.dbox("dbox-1350")))))
        .noneMatch(a -> a.startsWith("durability.driveAfr"));
  }

  @Test
  void durability_shareOfOneAndCorrelationBelowOne_areRejectedWithTheirLines(@TempDir Path dir) {
    assertThatThrownBy(() -> overlay(dir, """
        durability:
          rebuildShare: 100% @assume-rebuild-share
          correlationFactor: 0.5 @assume-correlation
        """)).isInstanceOf(InputException.class).hasMessage(String.join(System.lineSeparator(),
            dir.resolve("mine.yaml") + ":2:17: durability.rebuildShare: must be below 1 (a "
                + "rebuild that takes all the bandwidth leaves none for training), got 1",
            dir.resolve("mine.yaml") + ":3:22: durability.correlationFactor: must be from 1 "
                + "(failures while degraded are no less likely) to 1000, got 0.5"));
  }

  @Test
  void capacity_parityBeyondTheChainsReach_isRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> overlay(dir, "capacity:\n  parityStrips: 17 @vast-ec\n"))
        .isInstanceOf(InputException.class).hasMessage(dir.resolve("mine.yaml")
            + ":2:17: capacity.parityStrips: must be at most 16 (the durability model's Markov "
            + "chain), got 17");
  }

  @Test
  void cloud_toleratingMoreThanItsParity_isRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> overlay(dir, """
        cloudObjects:
          hdd-object:
            failuresTolerated: 5 @assume-cloud-ec
        """)).isInstanceOf(InputException.class).hasMessage(dir.resolve("mine.yaml")
            + ":3:24: cloudObjects.hdd-object.failuresTolerated: must not exceed parityFragments "
            + "(4), got 5");
  }

  @Test
  void durability_afrAboveOne_isRejectedAsAFraction(@TempDir Path dir) {
    assertThatThrownBy(() -> overlay(dir, """
        dboxes:
          dense-5400:
            driveAfr: 150% @assume-ssd-afr
        """)).isInstanceOf(InputException.class).hasMessage(dir.resolve("mine.yaml")
            + ":3:15: dboxes.dense-5400.driveAfr: must be a fraction in (0, 1], got 1.5");
  }
}
