package io.exaplan.audit;

import static io.exaplan.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {
  static final Catalog C = Catalog.builtIn();
  static final Audit MEETING = Auditor.audit(ClaimsLoader.load(null, C), Scenario.builtIn(), C);
  static final Map<String, ClaimResult> BY_ID = MEETING.claims().stream()
      .collect(Collectors.toMap(ClaimResult::id, Function.identity()));

  @TempDir Path dir;

  @Test
  void meeting_verdicts() {
    assertThat(MEETING.claims()).extracting(ClaimResult::id, c -> c.verdict().key())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("pod-usable", "holds"),
            org.assertj.core.groups.Tuple.tuple("pod-read", "holds"),
            org.assertj.core.groups.Tuple.tuple("pod-write", "wrong"),
            org.assertj.core.groups.Tuple.tuple("pod-node-ru", "holds"),
            org.assertj.core.groups.Tuple.tuple("pod-ru-racks", "depends"),
            org.assertj.core.groups.Tuple.tuple("dense-210-is-1eb", "holds"),
            org.assertj.core.groups.Tuple.tuple("dense-10-is-1pb", "wrong"),
            org.assertj.core.groups.Tuple.tuple("dense-80-40-is-1eb", "wrong"),
            org.assertj.core.groups.Tuple.tuple("ncp-4-5x-racks", "depends"),
            org.assertj.core.groups.Tuple.tuple("cloud-25tbps", "holds"),
            // 220 racks / 55 (dense-420-210) = 4.0 and / 40 (dense-105-210) = 5.5, both within
            // 20% of 5; power 2,640 / 651.7 = 4.05 and / 456.2 = 5.79: every variant holds.
            org.assertj.core.groups.Tuple.tuple("cloud-5x", "holds"));
  }

  @Test
  void tenEnclosuresIsAPetabyte_isWrong_withTheArithmetic() {
    ClaimResult c = BY_ID.get("dense-10-is-1pb");
    // 10 x 44 x 122.88 TB = 54,067.2 TB raw x 0.884533 = 47,824.2 TB
    assertThat(c.computed()).isEqualTo("usable 47.82 PB");
    assertThat(c.explanation()).isEqualTo("Usable 47.82 PB = 10 x 44 x 122.9 TB raw (54.07 PB) "
        + "x 0.8845 (stripe 146+4 = 0.9733 less 8.88% reserve). Claimed 1 PB: outside 10% "
        + "(computed is 47.82x the claim).");
  }

  @Test
  void eightyOnForty_isWrong_onCapacityAndWrite() {
    ClaimResult c = BY_ID.get("dense-80-40-is-1eb");
    // usable 40 x 5,406.72 TB x 0.884533 = 191.3 PB; read min(80 x 25, 40 x 45, ...) = 1.8 TB/s;
    // write 80 x 3.25 = 260 GB/s
    assertThat(c.computed()).isEqualTo("usable 191.3 PB; read 1.8 TB/s; write 260 GB/s");
    assertThat(c.explanation()).contains("Claimed 1 EB: outside 10% (computed is 0.1913x the claim)")
        .contains("Claimed 1 TB/s: outside 10% (computed is 0.26x the claim)");
  }

  @Test
  void dense210_holds_with209Needed() {
    assertThat(BY_ID.get("dense-210-is-1eb").explanation()).startsWith(
        "1 EB / (5.407 PB raw per dense-5400 x 0.8845 usable/raw) = 209.1, so 210 enclosures.");
  }

  @Test
  void podRacks_depend_onSwitchAndRackPower() {
    ClaimResult c = BY_ID.get("pod-ru-racks");
    // sn5600: 630 + 30 x 2 = 690 U; sn4600: 630 + 119 x 2 = 868 U
    assertThat(c.computed()).startsWith("rackUnits 690 to 868; racks ");
    assertThat(c.explanation()).endsWith("Holds in 1 of 6 variants.");
  }

  @Test
  void userClaims_unknownMetric_isRejectedWithLegalOnes() {
    Path f = write(dir, "claims.yaml", "claims:\n  - id: x\n    statement: s\n"
        + "    design: {option: ncp-pod}\n    expect: {speed: 3 TB/s}\n");
    assertThatThrownBy(() -> ClaimsLoader.load(f, C))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ":5:14: claims[0].expect.speed: unknown key; expected one of: usable, "
            + "raw, read, write, nodeRackUnits, rackUnits, racks, switches, power, "
            + "dboxesForTarget, racksRatio, powerRatio");
  }

  @Test
  void userClaims_ratioWithoutVersus_isRejected() {
    Path f = write(dir, "claims.yaml", "claims:\n  - id: x\n    statement: s\n"
        + "    design: {option: ncp-pod}\n    expect: {racksRatio: 2}\n");
    assertThatThrownBy(() -> ClaimsLoader.load(f, C))
        .hasMessage(f + ":5:26: claims[0].expect.racksRatio: needs a 'versus' design to divide by");
  }

  @Test
  void userClaims_customDesign_isAudited() {
    Path f = write(dir, "claims.yaml", "claims:\n  - id: mine\n    statement: 100 dense is ~478 PB\n"
        + "    design: {dbox: dense-5400, dboxes: 100, cnodes: 200}\n    expect: {usable: 478 PB}\n"
        + "    tolerance: 1%\n");
    Audit a = Auditor.audit(ClaimsLoader.load(f, C), Scenario.builtIn(), C);
    // 100 x 5,406.72 TB x 0.884533 = 478,242 TB
    assertThat(a.claims().get(0).verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(a.claims().get(0).computed()).isEqualTo("usable 478.2 PB");
  }
}
