package io.exaplan.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Yaml;
import io.exaplan.design.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code hall} scenario key: bound once, every mistake located. */
class HallTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  private static Scenario with(String json) {
    return S.with(Yaml.parseJson("body", json), "", C);
  }

  @Test
  void builtIn_hasNoHall() {
    assertThat(S.limits().hall()).isNull();
  }

  @Test
  void hall_rowsAndRacks_givesPositions() {
    Hall h = with("{\"hall\": {\"rows\": 9, \"racksPerRow\": 15}}").limits().hall();
    // 9 x 15 = 135 positions; aisles default cold first.
    assertThat(h.positions()).isEqualTo(135);
    assertThat(h.fits(135)).isTrue();
    assertThat(h.fits(136)).isFalse();
    assertThat(h.aisle(1)).isEqualTo(Hall.Aisle.COLD);
    assertThat(h.aisle(0)).isEqualTo(Hall.Aisle.HOT);
    assertThat(h.aisle(2)).isEqualTo(Hall.Aisle.HOT);
    assertThat(h.centreRow()).isEqualTo(5.0);
    assertThat(h.describe()).isEqualTo("9 rows x 15 racks, 135 positions");
  }

  @Test
  void hall_reserved_takesPositionsAway() {
    Hall h = with("{\"hall\": {\"rows\": 9, \"racksPerRow\": 15, \"firstAisle\": \"hot\", "
        + "\"networkRow\": 2, \"reserved\": [{\"row\": 1, \"position\": 1}, "
        + "{\"row\": 9, \"position\": 15}]}}").limits().hall();
    // 135 - 2 = 133.
    assertThat(h.positions()).isEqualTo(133);
    assertThat(h.reserved()).containsExactly(new Hall.Position(1, 1), new Hall.Position(9, 15));
    assertThat(h.aisle(1)).isEqualTo(Hall.Aisle.HOT);
    assertThat(h.centreRow()).isEqualTo(2.0);
    assertThat(h.describe()).isEqualTo("9 rows x 15 racks, 133 positions (2 reserved)");
  }

  @Test
  void hall_badValues_eachLocated() {
    assertThatThrownBy(() -> with("{\"hall\": {\"rows\": 0, \"racksPerRow\": 15, "
        + "\"firstAisle\": \"warm\"}}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("body:1:19: hall.rows: must be from 1 to 100, got 0")
        .hasMessageContaining("hall.firstAisle: 'warm' is not cold or hot");
  }

  @Test
  void hall_positionOutsideTheHall_isRefused() {
    assertThatThrownBy(() -> with("{\"hall\": {\"rows\": 9, \"racksPerRow\": 15, "
        + "\"networkRow\": 12, \"reserved\": [{\"row\": 3, \"position\": 16}, "
        + "{\"row\": 3, \"position\": 16}]}}"))
        .hasMessageContaining("hall.networkRow: must be a row of the hall, 1 to 9, got 12")
        .hasMessageContaining("hall.reserved[0].position: must be a position of the row, "
            + "1 to 15, got 16");
  }

  @Test
  void hall_duplicateReserved_andUnknownKey_areRefused() {
    assertThatThrownBy(() -> with("{\"hall\": {\"rows\": 2, \"racksPerRow\": 2, "
        + "\"reserved\": [{\"row\": 1, \"position\": 2}, {\"row\": 1, \"position\": 2}], "
        + "\"aisles\": 3}}"))
        .hasMessageContaining("hall.reserved[1].row: row 1, position 2 is reserved twice")
        .hasMessageContaining("hall.aisles: unknown key");
  }

  @Test
  void sitePlan_siteHall_isBound() {
    Scenario s = with("{\"sitePlan\": [{\"name\": \"east\", \"gpus\": 100000, "
        + "\"hall\": {\"rows\": 4, \"racksPerRow\": 10}}, {\"name\": \"west\", \"gpus\": 30000},"
        + " {\"name\": \"north\", \"gpus\": 30000}]}");
    assertThat(s.sitePlan().get(0).hall().positions()).isEqualTo(40);
    assertThat(s.sitePlan().get(1).hall()).isNull();
    assertThat(List.of(s.limits().hall() == null)).containsExactly(true);
  }
}
