package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void failingWriter_leavesThePreviousFileIntact_andNoTempFile() throws Exception {
    Path target = dir.resolve("report.xlsx");
    Files.writeString(target, "previous");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half of a new file".getBytes());
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("previous");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void success_replacesTheFile() throws Exception {
    Path target = dir.resolve("r.txt");
    AtomicFile.write(target, out -> out.write("new".getBytes()));
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void newFile_isReadableByOthers_likeAnyNewFile() throws Exception {
    Path target = dir.resolve("r.txt");
    AtomicFile.write(target, out -> out.write("x".getBytes()));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
  }
}
