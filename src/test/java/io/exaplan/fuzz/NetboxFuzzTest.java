package io.exaplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Cli;
import io.exaplan.config.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog import-netbox} under mutated NetBox files, overlays and flag values (newlines,
 * terminal escapes, NUL): exit 0 or 2, never a stack trace, no raw control character in a
 * message, and an accepted overlay always loads. Seeded (-Dfuzz.seed); cases scale with
 * -Dfuzz.cases (1 in 100, at least 40).
 */
class NetboxFuzzTest {
  static final Path DIR = Path.of("src", "test", "resources", "netbox");
  static final String[] NASTY = {"25 GB/s\ncnodes: {x: {}}", "\u001b[2J", "a\u0000b", "\r\n",
      "dbox\u0085", "1\u2028", "cnode\n# c", "-1", "1e400", "22\n  drives: 1"};

  @TempDir Path tmp;

  @Test
  void mutatedInputs_exit0or2_withEscapedMessages() throws Exception {
    long seed = Long.getLong("fuzz.seed", 21);
    int cases = Math.max(40, Integer.getInteger("fuzz.cases", 10_000) / 100);
    SplittableRandom r = new SplittableRandom(seed);
    Mutator m = new Mutator(r);
    Path cbox = DIR.resolve("vast_cbox_smc_gen6.yaml");
    Path ceres = DIR.resolve("vast_dbox_df-3015v2_ceres_v2.yaml");
    Path sn = DIR.resolve("nvidia_sn5600.yaml");
    Path overlay = DIR.resolve("overlay.yaml");
    List<Path> inputs = List.of(cbox, ceres, sn, overlay,
        DIR.resolve("library/device-types/VAST Data/CBox-SMC-Gen6.yaml"));
    for (int i = 0; i < cases; i++) {
      List<String> args = new ArrayList<>(List.of("catalog", "import-netbox"));
      Path victim = inputs.get(r.nextInt(inputs.size()));
      Path mutated = tmp.resolve("case" + i + ".yaml");
      String text = Files.readString(victim);
      Files.writeString(mutated, m.mutate(Yaml.read(victim), text));
      List<Path> files = new ArrayList<>(List.of(cbox, ceres, sn));
      Path ov = overlay;
      if (victim.equals(overlay)) {
        ov = mutated;
      } else if (files.contains(victim)) {
        files.set(files.indexOf(victim), mutated);
      } else {
        files.add(mutated);
      }
      files.forEach(f -> args.add(f.toString()));
      args.add("--overlay");
      args.add(ov.toString());
      if (r.nextInt(3) == 0) {
        String flag = List.of("--read", "--write", "--drives", "--drive-size", "--role")
            .get(r.nextInt(5));
        args.add(flag);
        args.add(NASTY[r.nextInt(NASTY.length)]);
      }
      Cli c = Cli.run(args.toArray(String[]::new));
      String what = "case " + i + " (seed " + seed + "): " + victim.getFileName() + " " + args;
      assertThat(c.code).as(what + "\n" + c.err).isIn(0, 2);
      assertThat(c.err).as(what).doesNotContain("Exception", "\tat ");
      for (String line : c.err.split("\n", -1)) {
        assertThat(line.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f
            || (ch >= 0x80 && ch < 0xa0) || ch == 0x2028)).as(what + ": " + line).isTrue();
      }
      if (c.code == 0) {
        Catalog.withOverlayText("case " + i, c.out);
      }
    }
  }

  static final String[] NAMES = {"VAST Data", "Nvidia", "A&B Co.", "Ünïcode GmbH", "x/../../y",
      "..", "a\nb: c", "\u001b[31mred", "", "  ", "sfp+ poe+", "x".repeat(101), "O'Brien",
      "Model_7", "123", "a,b", "CBox SMC Gen6 2NIC"};
  static final String[] INLETS = {"iec-60320-c14", "iec-60320-c20", "nope", "C14", "", "a b"};
  static final String[] WEIGHTS = {"11.3 @netbox-lib-cbox-gen6", "0.004 @netbox-lib-cbox-gen6",
      "-1 @netbox-lib-cbox-gen6", "1e400 @netbox-lib-cbox-gen6", "12 @nowhere", "12"};

  /**
   * {@code export netbox} with random NetBox names in the catalog: exit 0 or 2, no stack trace,
   * nothing written outside --out; when it succeeds, the files import into the NetBox stand-in.
   */
  @Test
  void randomCatalogNames_exportExit0or2_andWhatIsWrittenImports() throws Exception {
    long seed = Long.getLong("fuzz.seed", 21);
    int cases = Math.max(12, Integer.getInteger("fuzz.cases", 10_000) / 500);
    SplittableRandom r = new SplittableRandom(seed + 1);
    String[] ids = {"cnode-gen6", "dbox-1350", "sn5600"};
    for (int i = 0; i < cases; i++) {
      String id = ids[r.nextInt(ids.length)];
      String cat = "netbox:\n  " + id + ":\n    manufacturer: " + q(NAMES[r.nextInt(NAMES.length)])
          + "\n    model: " + q(NAMES[r.nextInt(NAMES.length)])
          + (r.nextBoolean() ? "\n    inlet: " + q(INLETS[r.nextInt(INLETS.length)]) : "")
          + (r.nextBoolean() ? "\n    weightKg: " + q(WEIGHTS[r.nextInt(WEIGHTS.length)]) : "")
          + "\n";
      Path c = tmp.resolve("cat" + i + ".yaml");
      Files.writeString(c, cat);
      Path out = tmp.resolve("out" + i).resolve("inner");
      Cli x = Cli.run("export", "netbox", "--option", "ncp-pod", "--catalog", c.toString(),
          "--out", out.toString());
      String what = "case " + i + ": " + cat;
      assertThat(x.code).as(what + x.err).isIn(0, 2);
      assertThat(x.err).as(what).doesNotContain("Exception", "\tat ");
      try (java.util.stream.Stream<Path> all = Files.walk(tmp)) {
        assertThat(all.filter(Files::isRegularFile).filter(f -> !f.startsWith(out)
            && !f.getFileName().toString().matches("(cat|case)\\d+\\.yaml")).toList())
            .as(what).isEmpty();
      }
      if (x.code == 0) {
        io.exaplan.netbox.NetboxStandIn.check(out, "ncp-pod");
      }
    }
  }

  private static String q(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
