package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Yaml#parseJson}: strict JSON into the same located tree, with the same messages. */
class YamlJsonTest {

  @Test
  void parseJson_object_keepsLocations() {
    Node.MapNode root = (Node.MapNode) Yaml.parseJson("body", "{\n  \"gpus\": 1000\n}");

    Node gpus = root.entries().get("gpus");
    assertThat(((Node.ScalarNode) gpus).text()).isEqualTo("1000");
    assertThat(gpus.at()).isEqualTo(new Location("body", 2, 11));
  }

  @Test
  void parseJson_yaml_isNotJson() {
    assertThatThrownBy(() -> Yaml.parseJson("body", "gpus: 5"))
        .isInstanceOf(InputException.class)
        .hasMessage("body:1:1: not valid JSON: Unrecognized token 'gpus': was expecting "
            + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void parseJson_truncated_namesWhereTheObjectStarted() {
    assertThatThrownBy(() -> Yaml.parseJson("body", "{\"a\": {\"b\": 1"))
        .hasMessage("body:1:14: not valid JSON: Unexpected end-of-input: expected close marker "
            + "for Object (start marker at line 1, column 7)");
  }

  @Test
  void parseJson_twoDocuments_isAProblem() {
    assertThatThrownBy(() -> Yaml.parseJson("body", "{} {}"))
        .hasMessage("body:1:4: more than one JSON document; expected exactly one");
  }

  @Test
  void parseJson_duplicateKey_namesTheFirst() {
    assertThatThrownBy(() -> Yaml.parseJson("body", "{\"a\": 1,\n \"a\": 2}"))
        .hasMessage("body:2:2: a: duplicate key (first at line 1)");
  }

  @Test
  void parse_yamlStillSaysYaml() {
    assertThatThrownBy(() -> Yaml.parse("f.yaml", "a: [1, 2"))
        .hasMessageStartingWith("f.yaml:1:9: not valid YAML: ");
  }

  @Test
  void bind_rootNotAMap_hasNoEmptyFieldName() {
    Problems p = new Problems();
    Fields.of(Yaml.parseJson("body", "[1]"), "", p);

    assertThatThrownBy(p::throwIfAny)
        .hasMessage("body:1:1: expected a map of settings, found a list");
  }
}
