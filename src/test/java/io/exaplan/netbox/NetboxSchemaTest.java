package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.exaplan.config.Node;
import io.exaplan.config.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Exported device types against the NetBox device-type library's own checks, offline: its JSON
 * Schema (schema/devicetype.json with components.json, reusable.json and NetBox's
 * generated_schema.json, copies in src/test/resources/netbox/library) and the rules of its
 * tests/definitions_test.py and device_types.py (slug from manufacturer and model, file named
 * after the model, trailing newline, no empty strings, no duplicate component names).
 */
class NetboxSchemaTest {
  static final Path LIB = Path.of("src", "test", "resources", "netbox", "library");
  static final Schema DEVICE_TYPE = schema();

  static Schema schema() {
    Map<String, String> schemas = new LinkedHashMap<>();
    schemas.put("urn:devicetype-library:device-type", read(LIB.resolve("schema/devicetype.json")));
    schemas.put("urn:devicetype-library:components", read(LIB.resolve("schema/components.json")));
    schemas.put("urn:devicetype-library:reusable", read(LIB.resolve("schema/reusable.json")));
    schemas.put("urn:devicetype-library:generated-schema",
        read(LIB.resolve("schema/generated_schema.json")));
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(schemas));
    return registry.getSchema(SchemaLocation.of("urn:devicetype-library:device-type"));
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> errors(String yaml) {
    List<String> out = new ArrayList<>();
    for (Error e : DEVICE_TYPE.validate(yaml, InputFormat.YAML)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  @Test
  void theLibrarysOwnFiles_validate_andFollowTheNamingRules() throws Exception {
    for (String f : List.of("VAST Data/CBox-SMC-Gen6.yaml", "VAST Data/DBox-DF-3015V2.yaml",
        "Nvidia/SN5600.yaml")) {
      Path p = LIB.resolve("device-types").resolve(f);
      assertThat(errors(Files.readString(p))).as(f).isEmpty();
      libraryRules(p, LIB.resolve("device-types"));
    }
  }

  @Test
  void theValidatorRejectsWhatTheLibraryRejects() {
    // the export before this change: a power port without a type, which components.json requires
    String old = "manufacturer: Generic\nmodel: D-box\nslug: dbox-1350\nu_height: 1\n"
        + "is_full_depth: true\npower-ports:\n  - name: PSU\n    maximum_draw: 850\n"
        + "    allocated_draw: 700\n";
    assertThat(errors(old)).singleElement().asString().contains("power-ports/0", "type");
    // a fractional draw, an unknown interface type, a weight without its unit
    assertThat(errors("manufacturer: X\nmodel: Y\nslug: x-y\nu_height: 1\nis_full_depth: true\n"
        + "weight: 3\npower-ports:\n  - {name: A, type: iec-60320-c14, maximum_draw: 1.5}\n"
        + "interfaces:\n  - {name: e1, type: 200g-nope}\n")).hasSize(3);
  }

  @Test
  void everyExportedDeviceType_validates_andFollowsTheLibrarysNamingRules() throws Exception {
    Set<String> seen = new HashSet<>();
    for (String option : List.of("ncp-pod", "dense-420-210", "dense-105-210")) {
      Path out = Exports.of(option);
      Path types = out.resolve("shared/3-device-types");
      try (Stream<Path> files = Files.walk(types)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          assertThat(errors(Files.readString(p))).as(p.toString()).isEmpty();
          libraryRules(p, types);
          seen.add(types.relativize(p).toString());
        }
      }
    }
    assertThat(seen).contains("VAST Data/CBox-SMC-Gen6-2NIC.yaml", "VAST Data/DBox-DF-3060V2.yaml",
        "VAST Data/Dense-Enclosure-5400-class.yaml", "Nvidia/SN5600.yaml",
        "Generic/PDU-0U-42-Outlet.yaml");
  }

  @Test
  void libraryNames_reproduceTheLibrarysSlugs() {
    assertThat(LibraryNames.slug("VAST Data", "CBox SMC Gen6", "t")).isEqualTo("vast-data-cbox-smc-gen6");
    assertThat(LibraryNames.slug("VAST Data", "DBox DF-3015V2", "t")).isEqualTo("vast-data-dbox-df-3015v2");
    assertThat(LibraryNames.slug("Nvidia", "SN5600", "t")).isEqualTo("nvidia-sn5600");
    assertThat(LibraryNames.file("VAST Data", "CBox SMC Gen6")).isEqualTo("VAST Data/CBox-SMC-Gen6.yaml");
    // the library's odd cases: '+' and '&' in models, a trailing dash
    // worked with the library's Python: one trailing dash is dropped, the second stays
    assertThat(LibraryNames.modelSlug("SFP+ 10G & PoE+ -")).isEqualTo("sfpp-10g--and--poep-");
    assertThat(LibraryNames.modelSlug("A+B")).isEqualTo("a-plus-b");
  }

  /**
   * tests/definitions_test.py and device_types.py of the library: the slug starts with the
   * manufacturer's slug and ends with the model's; the file, in a folder named after the
   * manufacturer, is named after the model (or part number); YAML ends with a newline; no empty
   * strings; component names are unique per kind.
   */
  static void libraryRules(Path file, Path root) throws Exception {
    String text = Files.readString(file);
    assertThat(text).as(file.toString()).endsWith("\n");
    Node.MapNode m = (Node.MapNode) Yaml.read(file);
    String manufacturer = scalar(m, "manufacturer");
    String model = scalar(m, "model");
    String slug = scalar(m, "slug");
    String part = m.entries().containsKey("part_number") ? scalar(m, "part_number") : "";
    assertThat(slug).startsWith(LibraryNames.manufacturerSlug(manufacturer));
    assertThat(slug.endsWith(LibraryNames.modelSlug(model))
        || (!part.isEmpty() && slug.endsWith(LibraryNames.modelSlug(part)))).as(slug).isTrue();
    String name = file.getFileName().toString().replaceAll("\\.ya?ml$", "")
        .toLowerCase(Locale.ROOT);
    assertThat(name.equals(LibraryNames.modelSlug(model)) || name.equals(part.toLowerCase(
        Locale.ROOT)) || name.equals(LibraryNames.modelSlug(part))).as(file.toString()).isTrue();
    assertThat(root.relativize(file).getName(0).toString()).isEqualTo(manufacturer);
    noEmptyStrings(m, file);
    for (String kind : List.of("interfaces", "power-ports", "power-outlets", "module-bays",
        "device-bays", "console-ports")) {
      Node n = m.entries().get(kind);
      if (n instanceof Node.ListNode l) {
        Set<String> names = new HashSet<>();
        for (Node item : l.items()) {
          assertThat(names.add(scalar((Node.MapNode) item, "name"))).as(file + " " + kind)
              .isTrue();
        }
      }
    }
  }

  static String scalar(Node.MapNode m, String key) {
    return ((Node.ScalarNode) m.entries().get(key)).text();
  }

  static void noEmptyStrings(Node n, Path file) {
    if (n instanceof Node.MapNode m) {
      m.entries().values().forEach(v -> noEmptyStrings(v, file));
    } else if (n instanceof Node.ListNode l) {
      l.items().forEach(v -> noEmptyStrings(v, file));
    } else {
      assertThat(((Node.ScalarNode) n).text()).as(file.toString()).isNotEqualTo("");
    }
  }
}
