package io.exaplan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers for tests that write input files into a @TempDir. */
public final class TestFiles {
  private TestFiles() {}

  public static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
