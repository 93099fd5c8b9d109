package io.exaplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's stored trees of the bundled YAML files give exactly what parsing them gives. */
class BuiltInTreeTest {
  private static final Path RESOURCES = Path.of("src", "main", "resources");

  private static List<String> bundledYaml() throws Exception {
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/')).toList();
    }
  }

  /** Equal trees, key order and every location included (record equality ignores map order). */
  static void sameTree(Node a, Node b, String where) {
    assertThat(b.getClass()).as(where).isEqualTo(a.getClass());
    assertThat(b.at()).as(where).isEqualTo(a.at());
    if (a instanceof Node.MapNode m) {
      Node.MapNode n = (Node.MapNode) b;
      assertThat(new ArrayList<>(n.entries().keySet())).as(where)
          .isEqualTo(new ArrayList<>(m.entries().keySet()));
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        assertThat(n.keyAt().get(e.getKey())).as(where + "." + e.getKey())
            .isEqualTo(m.keyAt().get(e.getKey()));
        sameTree(e.getValue(), n.entries().get(e.getKey()), where + "." + e.getKey());
      }
    } else if (a instanceof Node.ListNode l) {
      Node.ListNode k = (Node.ListNode) b;
      assertThat(k.items()).as(where).hasSameSizeAs(l.items());
      for (int i = 0; i < l.items().size(); i++) {
        sameTree(l.items().get(i), k.items().get(i), where + "[" + i + "]");
      }
    } else {
      assertThat(((Node.ScalarNode) b).text()).as(where)
          .isEqualTo(((Node.ScalarNode) a).text());
    }
    assertThat(b).as(where).isEqualTo(a);
  }

  @Test
  void storedTree_ofEveryBundledFile_isTheParsedTree() throws Exception {
    List<String> names = bundledYaml();
    assertThat(names).contains("catalog/default.yaml", "scenario/default.yaml");
    for (String name : names) {
      byte[] yaml = Files.readAllBytes(RESOURCES.resolve(name));
      Node parsed = Yaml.parse("built-in:" + name, new String(yaml, StandardCharsets.UTF_8));
      Node stored = BuiltInTree.read("built-in:" + name, BuiltInTree.write(parsed, yaml), yaml);
      assertThat(stored).as(name).isNotNull();
      sameTree(parsed, stored, name);
      // what commands get, from the tree the build stored when there is one
      sameTree(parsed, Yaml.resource(name), name);
    }
  }

  @Test
  void storedTree_madeFromOtherText_isIgnored() {
    byte[] yaml = "a: 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] edited = "a: 2\n".getBytes(StandardCharsets.UTF_8);
    byte[] form = BuiltInTree.write(Yaml.parse("built-in:x.yaml", "a: 1\n"), yaml);
    // same length, other bytes: the CRC tells them apart
    assertThat(BuiltInTree.read("built-in:x.yaml", form, edited)).isNull();
    assertThat(BuiltInTree.read("built-in:x.yaml", "a: 1\n\n".getBytes(StandardCharsets.UTF_8),
        yaml)).isNull();
    byte[] truncated = java.util.Arrays.copyOf(form, form.length - 1);
    assertThat(BuiltInTree.read("built-in:x.yaml", truncated, yaml)).isNull();
    assertThat(BuiltInTree.read("built-in:x.yaml", form, yaml))
        .isEqualTo(Yaml.parse("built-in:x.yaml", "a: 1\n"));
  }

  @Test
  void main_writesATreeBesideEachYamlFile(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("catalog"));
    String text = "# a comment\nitems:\n  - id: x\n    watts: ~\n  - [1, 2]\nname: 'q'\n";
    Files.writeString(sub.resolve("t.yaml"), text);
    BuiltInTree.main(new String[] {dir.toString()});
    byte[] form = Files.readAllBytes(sub.resolve("t.yaml.tree"));
    byte[] yaml = text.getBytes(StandardCharsets.UTF_8);
    Node parsed = Yaml.parse("built-in:catalog/t.yaml", text);
    sameTree(parsed, BuiltInTree.read("built-in:catalog/t.yaml", form, yaml), "t");
    // locations as the parser gives them: items' first map at line 3, column 5
    Node.ListNode items = (Node.ListNode) ((Node.MapNode) parsed).entries().get("items");
    assertThat(items.items().get(0).at()).isEqualTo(new Location("built-in:catalog/t.yaml", 3, 5));
  }
}
