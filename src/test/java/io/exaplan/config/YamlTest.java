package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTest {

  @Test
  void parse_nodesRememberLineAndColumn() {
    Node root = Yaml.parse("f.yaml", "a: 1\nb:\n  c: x\n");
    Node.MapNode m = (Node.MapNode) root;
    Node.MapNode b = (Node.MapNode) m.entries().get("b");
    assertThat(b.entries().get("c").at()).isEqualTo(new Location("f.yaml", 3, 6));
    assertThat(m.keyAt().get("b").line()).isEqualTo(2);
  }

  @Test
  void parse_duplicateKey_isRejectedWithBothLines() {
    assertThatThrownBy(() -> Yaml.parse("f.yaml", "a: 1\na: 2\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("f.yaml:2:1: a: duplicate key (first at line 1)");
  }

  @Test
  void parse_malformed_namesTheFileAndLine() {
    assertThatThrownBy(() -> Yaml.parse("f.yaml", "a: [1, 2\nb: 3\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("f.yaml:")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void parse_deepNesting_isRejected() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertThatThrownBy(() -> Yaml.parse("f.yaml", deep))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nesting deeper than 32 levels");
  }

  @Test
  void parse_empty_saysAMapWasExpected() {
    assertThatThrownBy(() -> Yaml.parse("f.yaml", ""))
        .hasMessage("f.yaml:1:1: document is empty; expected a map of settings");
  }
}
