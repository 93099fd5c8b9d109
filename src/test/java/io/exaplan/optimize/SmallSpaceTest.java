package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The brute-force tests only prove something if the small space has the awkward cases: designs
 * where whole devices need more racks than max(space, power) (the layout engine's configuration
 * bound binds). Racks are monotone in the counts now (the layout engine's fewest racks), so no
 * row has falling racks.
 */
class SmallSpaceTest {

  @Test
  void smallSpace_everyDesign_includesPackingBoundDesignsAndNoFallingRacks() {
    int packingBinds = 0;
    int falling = 0;
    int unproven = 0;
    Candidate prev = null;
    for (Candidate c : SmallSpace.ALL) {
      var rc = c.sizing().rackCount();
      if (rc.packingBound() > Math.max(rc.spaceBound(), rc.powerBound())) {
        packingBinds++;
      }
      if (!rc.proven()) {
        unproven++;
      }
      if (prev != null && prev.group() == c.group() && prev.dboxes() == c.dboxes()
          && c.sizing().racks() < prev.sizing().racks()) {
        falling++;
      }
      prev = c;
    }
    System.out.println("packing binds " + packingBinds + ", unproven " + unproven);
    // 16 combinations x 40 x 40 counts, less the 1-box designs of box-a (8 drives < 8+4 strips).
    assertThat(SmallSpace.ALL).hasSize(16 * 40 * 40 - 8 * 40);
    assertThat(packingBinds).isGreaterThan(1000);
    assertThat(falling).isZero();
  }
}
