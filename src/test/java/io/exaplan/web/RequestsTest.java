package io.exaplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query strings to located trees, and engine problems split into field and message. */
class RequestsTest {

  @Test
  void query_dottedKeys_nest() {
    Map<String, List<String>> q = new LinkedHashMap<>();
    q.put("scenario.gpus", List.of("1000"));
    q.put("scenario.rackPowerLimit", List.of("15 kW"));
    q.put("format", List.of("csv"));

    Node.MapNode root = (Node.MapNode) Requests.query(q);

    assertThat(root.entries().keySet()).containsExactly("scenario", "format");
    Node.MapNode scenario = (Node.MapNode) root.entries().get("scenario");
    assertThat(((Node.ScalarNode) scenario.entries().get("rackPowerLimit")).text())
        .isEqualTo("15 kW");
    assertThat(scenario.at().file()).isEqualTo("query");
  }

  @Test
  void query_bracketKey_isAList() {
    Node.MapNode root = (Node.MapNode) Requests.query(
        Map.of("scenario.checkpointCadences[]", List.of("90s")));

    Node cadences = ((Node.MapNode) root.entries().get("scenario")).entries()
        .get("checkpointCadences");
    assertThat(cadences).isInstanceOf(Node.ListNode.class);
    assertThat(((Node.ScalarNode) ((Node.ListNode) cadences).items().get(0)).text())
        .isEqualTo("90s");
  }

  @Test
  void query_emptyNamePart_isAProblem() {
    assertThatThrownBy(() -> Requests.query(Map.of("scenario..gpus", List.of("1"))))
        .isInstanceOf(InputException.class)
        .hasMessage("scenario..gpus: empty name part; expected names like scenario.gpus");
  }

  @Test
  void problem_locatedInBody_keepsLineAndColumn() {
    assertThat(Errors.problem("request body:3:12: scenario.gpus: must be from 1 to 5, got 0"))
        .containsExactly(Map.entry("field", "scenario.gpus"),
            Map.entry("message", "must be from 1 to 5, got 0"),
            Map.entry("line", 3), Map.entry("column", 12));
  }

  @Test
  void problem_locatedInQuery_dropsThePosition() {
    assertThat(Errors.problem("query:1:1: dboxes: missing required field"))
        .containsExactly(Map.entry("field", "dboxes"), Map.entry("message", "missing required field"));
  }

  @Test
  void problem_withoutField_isAllMessage() {
    assertThat(Errors.problem("request body:1:5: not valid JSON: Unexpected character"))
        .containsExactly(Map.entry("message", "not valid JSON: Unexpected character"),
            Map.entry("line", 1), Map.entry("column", 5));
  }

  @Test
  void problem_colonsInsideTheMessage_stayInTheMessage() {
    // a value with "1:2:" in it must not be read as a location
    assertThat(Errors.problem("scenario.date: '1:2:3: x' is not a date; expected YYYY-MM-DD"))
        .containsExactly(Map.entry("field", "scenario.date"),
            Map.entry("message", "'1:2:3: x' is not a date; expected YYYY-MM-DD"));
  }

  @Test
  void problem_keyWithSpaces_isAMessageWithoutField() {
    assertThat(Errors.problem("request body:1:2: a b: unknown key; expected one of: scenario"))
        .containsEntry("message", "a b: unknown key; expected one of: scenario")
        .doesNotContainKey("field");
  }
}
