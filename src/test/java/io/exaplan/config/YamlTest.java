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

  @Test
  void parse_alias_isRefusedAtItsPlace_neverReadAsTheAnchorsName() {
    // issue 22.7: "switch: *x" was read as the text "x", and a billion-laughs list as names
    assertThatThrownBy(() -> Yaml.parse("f.yaml", "cnode: &x cnode-gen6\nswitch: *x\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("f.yaml:2:9: *x is a YAML alias; exaplan files do not use anchors and "
            + "aliases: write the value out in full");
    assertThatThrownBy(() -> Yaml.parse("f.yaml", "a: &a [x, x]\nb: [*a, *a]\n"))
        .hasMessageStartingWith("f.yaml:2:5: *a is a YAML alias");
    // an anchor alone changes nothing
    assertThat(((Node.ScalarNode) ((Node.MapNode) Yaml.parse("f.yaml", "a: &x 3\n"))
        .entries().get("a")).text()).isEqualTo("3");
  }

  @Test
  void parse_threeMebibytes_isUnderTheCap_notRefusedByTheParsersOwnLimit() {
    // issue 22.7: SnakeYAML's 3,145,728 code point default refused files the 4 MiB cap allows
    String text = "# " + "p".repeat(3 * 1024 * 1024) + "\na: 1\n";
    Node.MapNode m = (Node.MapNode) Yaml.parse("f.yaml", text);
    assertThat(m.entries()).containsOnlyKeys("a");
  }
}
