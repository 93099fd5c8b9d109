package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with src/test/resources/golden/NAME. Run the tests with
 * -Dgolden.update=true to rewrite the files after an intended change, then review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void check(String name, String actual) {
    Path f = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(f, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(f)).as("golden file %s (create it with -Dgolden.update=true)", f)
          .isTrue();
      assertThat(actual).as("output against %s", f)
          .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
