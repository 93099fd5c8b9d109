package io.exaplan.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue 22's classes for the fuzz run: odd --out targets (a device, a folder, the root, a
 * symlink, a dangling link), counts past an int, and control
 * characters and terminal escapes in values. Each case must exit 0 or 2 with one escaped line.
 */
final class HostileCases {
  private static final String[] HUGE = {"2147483648", "2147483647", "9223372036854775807",
      "1000001", "-2147483649", "100000001", "99999999999999999999", "12x"};
  private static final String[] CONTROL = {"5m\n--bogus", "\u001b[31m5m", "5\u202em", "x\ty",
      "\u0000", "\u009b2J"};

  /** Values past a scenario key's legal range, given as the flag that overrides the key. */
  private static final String[] RACK_KW = {"0", "-3", "1e308", "20000", "abc", "0.5", ""};
  private static final String[] OUTAGE = {"1e300 d", "400d", "-1d", "0s", "1 week"};

  /** Scenario files whose values pass each key's own check but break a rule or a result. */
  private static final String[] ABSURD = {"rackPowerLimit: 1 W\n", "targetUsable: 999 EB\n",
      "outageDuration: 1e300 d\n", "rackPowerLimit: 1e300 MW\n", "outageCatchUp: 400 d\n",
      "parallelism: {tp: 2147483648}\n",
      // issue 22.3/22.7 (h33): a duration past any real one, and an alias read as its name
      "central:\n  checkpointInterval: 1e-9s\n", "cnode: &x cnode-gen6\nswitch: *x\n"};

  /** A case whose refusal must be located: exit 2, every line starting with {@code prefix}. */
  record Located(List<String> args, String prefix) {}

  private HostileCases() {}

  /**
   * Issue 20.2/22.3: a flag that overrides a scenario key, with a value past the key's range:
   * bound with the scenario, refused in the key's words, and named by the flag.
   */
  static Located override(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return new Located(List.of("size", "--dbox", "dense-5400", "--dboxes", "210",
            "--cnodes", "420", "--rack-kw", RACK_KW[r.nextInt(RACK_KW.length)]), "--rack-kw: ");
      case 1:
        return new Located(List.of("checkpoint", "--tp", HUGE[r.nextInt(HUGE.length)]),
            "--tp: ");
      case 2:
        return new Located(List.of("outage", "--interval", "5m", "--outage",
            OUTAGE[r.nextInt(OUTAGE.length)]), "--outage: ");
      default:
        return new Located(List.of("size", "--dbox", "dbox-1350", "--dboxes", "10", "--cnodes",
            "10", "--cnode", CONTROL[r.nextInt(CONTROL.length)]), "--cnode: ");
    }
  }

  /**
   * Issue 22.3/22.4: a scenario whose key is legal on its own but whose design or result is
   * not (a rack limit below every device, a target no design holds, an outage that wraps the
   * count): refused before anything prints, at the user's file, never at a field the user did
   * not write.
   */
  static Located absurd(SplittableRandom r, Path dir, int c) throws IOException {
    int i = r.nextInt(ABSURD.length);
    Path f = Files.writeString(dir.resolve("absurd-" + c + ".yaml"), ABSURD[i]);
    // the first two break a design (outage builds none); the rest break the binding itself
    String cmd = i < 2 || r.nextBoolean() ? "compare" : "outage";
    return new Located(cmd.equals("compare") ? List.of("compare", "--scenario", f.toString())
        : List.of("outage", "--interval", "5m", "--scenario", f.toString()), f + ":");
  }

  /** A command whose count flag is past an int or its legal range. */
  static List<String> overflow(SplittableRandom r) {
    String v = HUGE[r.nextInt(HUGE.length)];
    switch (r.nextInt(5)) {
      case 0:
        return List.of("checkpoint", "--shards", v);
      case 1:
        return List.of("outage", "--interval", "5m", "--copy-every", v, "--keep-local", "3");
      case 2:
        return List.of("outage", "--interval", "5m", "--copy-every", "10", "--keep-local", v);
      case 3:
        return List.of("stage", "--dataset-bytes", "1 PB", "--wan", "1d", "--vcpus", v);
      default:
        return List.of("checkpoint", "--gpus", v);
    }
  }

  /** A command with a control character or terminal escape in a value. */
  static List<String> control(SplittableRandom r) {
    String v = CONTROL[r.nextInt(CONTROL.length)];
    return r.nextBoolean() ? List.of("checkpoint", "--interval", v)
        : List.of("size", "--dbox", v, "--dboxes", "1", "--cnodes", "1");
  }

  /**
   * An --out target exaplan must refuse (exit 2) or write whole: returns the path, after
   * creating what it needs below {@code dir}. (Stale temps: AtomicFileTest; a fuzz case that
   * fails before writing rightly leaves them.)
   */
  static Path oddTarget(SplittableRandom r, Path dir, String format) throws IOException {
    switch (r.nextInt(5)) {
      case 0:
        return Path.of("/dev/null");
      case 1:
        return Files.createDirectories(dir.resolve("folder." + format));
      case 2:
        return Path.of("/");
      case 3: {
        Path real = Files.writeString(dir.resolve("real." + format), "previous content\n");
        return Files.createSymbolicLink(dir.resolve("link." + format), real.getFileName());
      }
      default:
        return Files.createSymbolicLink(dir.resolve("dangling." + format),
            dir.resolve("missing"));
    }
  }
}
