package io.exaplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which package of the main code uses which, read from the sources (imports and fully qualified
 * names alike), and the cycles among them. The report packages are layered: {@code report} (tables
 * and reporters) under {@code report.chart} and {@code report.svg} (drawings), under
 * {@code report.deliverables} (what the visual outputs show), under {@code report.deck} and
 * {@code report.html} (layout), under {@code report.visual} (the formats that write them).
 */
class PackageCyclesTest {
  private static final Path MAIN = Path.of("src", "main", "java");
  /** A reference to a type: lower-case package segments, then a capitalised name. */
  private static final Pattern REF =
      Pattern.compile("\\b(io\\.exaplan(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  /** Package to the packages its sources name, all under io.exaplan. */
  static Map<String, Set<String>> graph() {
    Map<String, Set<String>> g = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = MAIN.relativize(f.getParent()).toString().replace(f.getFileSystem()
            .getSeparator(), ".");
        Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REF.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            deps.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  /** The strongly connected components of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    List<Set<String>> out = new ArrayList<>();
    for (String v : g.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, g, index, low, stack, out);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, List<Set<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    for (String w : g.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, g, index, low, stack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (stack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> c = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        c.add(w);
      } while (!w.equals(v));
      if (c.size() > 1) {
        out.add(c);
      }
    }
  }

  @Test
  void reportPackages_areInNoCycle() {
    List<Set<String>> withReport = cycles(graph()).stream()
        .filter(c -> c.stream().anyMatch(p -> p.startsWith("io.exaplan.report"))).toList();
    assertThat(withReport).as("cycles through a report package").isEmpty();
  }

  @Test
  void report_usesNoneOfItsSubPackages() {
    assertThat(graph().get("io.exaplan.report"))
        .noneMatch(p -> p.startsWith("io.exaplan.report."));
  }

  @Test
  void mainCode_hasNoPackageCycle() {
    // cli -> web only (serve hands the server its commands), sizing and layout -> packing
    assertThat(cycles(graph())).as("package cycles").isEmpty();
  }

  @Test
  void web_usesNoCli_andCliUsesWebOnlyInServe() {
    assertThat(graph().get("io.exaplan.web")).doesNotContain("io.exaplan.cli");
    assertThat(files("io.exaplan.cli", "io.exaplan.web"))
        .containsExactly(MAIN.resolve("io/exaplan/cli/ServeCommand.java"));
  }

  @Test
  void sizing_usesNoLayout() {
    // the engine packs with io.exaplan.packing; layout places devices from the engine's Sizing
    assertThat(graph().get("io.exaplan.sizing")).doesNotContain("io.exaplan.layout");
    assertThat(graph().get("io.exaplan.packing"))
        .doesNotContain("io.exaplan.sizing", "io.exaplan.layout");
  }

  /** The sources of package {@code pkg} that name a type of package {@code used}. */
  static List<Path> files(String pkg, String used) {
    Path dir = MAIN.resolve(pkg.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = REF.matcher(Files.readString(f));
        while (m.find()) {
          if (m.group(1).equals(used)) {
            out.add(f);
            break;
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void cycles_findsAMutualPair() {
    // a -> b -> a is one cycle; c -> a leaves c outside it
    Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of("a"));
    assertThat(cycles(new TreeMap<>(g))).containsExactly(Set.of("a", "b"));
  }
}
