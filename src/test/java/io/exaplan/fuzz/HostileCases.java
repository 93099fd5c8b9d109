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
      "1000001", "-2147483649", "100000001"};
  private static final String[] CONTROL = {"5m\n--bogus", "\u001b[31m5m", "5\u202em", "x\ty",
      "\u0000", "\u009b2J"};

  private HostileCases() {}

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
