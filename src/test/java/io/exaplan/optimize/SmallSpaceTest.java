package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The brute-force tests only prove something if the small space has the awkward cases: designs
 * where the whole-device spread adds racks beyond max(space, power), and rows where more C-nodes
 * need fewer racks (racks are not monotone, only their bound is).
 */
class SmallSpaceTest {

  @Test
  void smallSpace_everyDesign_includesSpreadAddedAndFallingRacks() {
    int spreadAdded = 0;
    int falling = 0;
    Candidate prev = null;
    for (Candidate c : SmallSpace.ALL) {
      if (c.sizing().racks() > Goal.racksBound(c.sizing())) {
        spreadAdded++;
      }
      if (prev != null && prev.group() == c.group() && prev.dboxes() == c.dboxes()
          && c.sizing().racks() < prev.sizing().racks()) {
        falling++;
      }
      prev = c;
    }
    // 16 combinations x 40 x 40 counts, less the 1-box designs of box-a (8 drives < 8+4 strips).
    assertThat(SmallSpace.ALL).hasSize(16 * 40 * 40 - 8 * 40);
    assertThat(spreadAdded).isGreaterThan(1000);
    assertThat(falling).isGreaterThan(10);
  }
}
