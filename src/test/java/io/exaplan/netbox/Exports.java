package io.exaplan.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** One {@code export netbox} per built-in option per test run, for the tests that only read it. */
final class Exports {
  private static final Map<String, Path> DONE = new ConcurrentHashMap<>();
  private static final Path ROOT = root();

  private Exports() {}

  static synchronized Path of(String option) {
    return DONE.computeIfAbsent(option, o -> {
      Path out = ROOT.resolve(o);
      Cli r = Cli.run("export", "netbox", "--option", o, "--out", out.toString());
      assertThat(r.code).as(r.err).isZero();
      return out;
    });
  }

  private static Path root() {
    try {
      Path p = Files.createTempDirectory("exaplan-netbox-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try (Stream<Path> s = Files.walk(p)) {
          s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
          // a temp folder left behind is harmless
        }
      }));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
