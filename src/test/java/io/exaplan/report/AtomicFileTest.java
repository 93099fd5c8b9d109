package io.exaplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.exaplan.config.InputException;
import io.exaplan.config.OutputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void failingWriter_leavesThePreviousFileIntact_andNoTempFile() throws Exception {
    Path target = dir.resolve("report.xlsx");
    Files.writeString(target, "previous");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half of a new file".getBytes());
      throw new IOException("disk full");
    })).isInstanceOf(OutputException.class)
        .hasMessage("--out: cannot write " + target + " (disk full); nothing was changed");
    assertThat(Files.readString(target)).isEqualTo("previous");
    assertThat(names(dir)).containsExactly("report.xlsx");
  }

  @Test
  void writerThatSwallowsAFailedWrite_stillFails() throws Exception {
    Path target = dir.resolve("r.json");
    Files.writeString(target, "previous");
    assertThatThrownBy(() -> AtomicFile.withStreamFilter(FailingStream.after(10), () -> {
      AtomicFile.write(target, out -> {
        try {
          out.write(new byte[100_000]); // past the 64 KiB buffer: reaches the failing disk
        } catch (IOException swallowed) {
          // a careless library: the write must still count as failed
        }
      });
      return null;
    })).isInstanceOf(OutputException.class).hasMessageContaining("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("previous");
    assertThat(names(dir)).containsExactly("r.json");
  }

  @Test
  void failureOnlyAtTheFinalFlush_isCaught() throws Exception {
    Path target = dir.resolve("r.csv");
    // 100 bytes stay in the buffer until the writer's own flush, which hits the full disk
    assertThatThrownBy(() -> AtomicFile.withStreamFilter(FailingStream.after(0), () -> {
      AtomicFile.write(target, out -> out.write(new byte[100]));
      return null;
    })).isInstanceOf(OutputException.class);
    assertThat(target).doesNotExist();
    assertThat(names(dir)).isEmpty();
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

  @Test
  void device_isRefused_andNotReplaced() throws Exception {
    Path dev = Path.of("/dev/null");
    assumeThat(Files.exists(dev)).isTrue();
    assertThatThrownBy(() -> AtomicFile.write(dev, out -> out.write(1)))
        .isInstanceOf(InputException.class).hasMessage("--out: /dev/null is not a regular file "
            + "(a device, FIFO or socket); exaplan replaces only regular files");
    assertThat(Files.isRegularFile(dev)).isFalse();
  }

  @Test
  void fifo_isRefused_withoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    assumeThat(made).as("mkfifo available").isZero();
    assertThatThrownBy(() -> AtomicFile.write(fifo, out -> out.write(1)))
        .isInstanceOf(InputException.class).hasMessageContaining("is not a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void symlinkToAFile_isWrittenThrough_theLinkStays() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    AtomicFile.write(link, out -> out.write("new".getBytes()));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(names(dir)).containsExactly("link.json", "real.json");
  }

  @Test
  void danglingSymlink_andLinkToAFolder_areRefused() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("d.json"), dir.resolve("missing"));
    assertThatThrownBy(() -> AtomicFile.write(dangling, out -> out.write(1)))
        .isInstanceOf(InputException.class).hasMessageContaining("symbolic link to a missing");
    Path toDir = Files.createSymbolicLink(dir.resolve("t.json"), Files.createDirectory(
        dir.resolve("sub")));
    assertThatThrownBy(() -> AtomicFile.write(toDir, out -> out.write(1)))
        .isInstanceOf(InputException.class).hasMessageContaining("which is not a regular file");
  }

  @Test
  void root_andFolder_areRefusedWithTheirName() {
    assertThatThrownBy(() -> AtomicFile.write(Path.of("/"), out -> out.write(1)))
        .hasMessage("--out: / is not a file name; expected a file such as report.json");
    assertThatThrownBy(() -> AtomicFile.write("--timeline", dir, out -> out.write(1)))
        .hasMessage("--timeline: " + dir + " is a folder; expected a file name");
    assertThatThrownBy(() -> AtomicFile.write("--timeline", dir.resolve("no/t.csv"),
        out -> out.write(1))).hasMessage("--timeline: folder " + dir.resolve("no")
            + " does not exist");
  }

  @Test
  void staleTempsOfOurNaming_areRemovedByTheNextWrite_liveAndForeignOnesStay()
      throws Exception {
    Path stale = Files.writeString(dir.resolve(".r.xlsx.exaplan-abc123.tmp"), "");
    Path legacy = Files.writeString(dir.resolve(".r.xlsx1234567890123456789.tmp"), "");
    Path staleFolder = Files.createDirectories(dir.resolve(".svg.exaplan-x1.tmp"));
    Files.writeString(staleFolder.resolve(AtomicFile.LOCK), "");
    Files.writeString(staleFolder.resolve("a.svg"), "<svg/>");
    Path foreign = Files.writeString(dir.resolve(".backup-20250101.tmp"), "mine");
    Path live = Files.writeString(dir.resolve(".o.json.exaplan-live1.tmp"), "");
    try (FileChannel ch = FileChannel.open(live, StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      AtomicFile.write(dir.resolve("r.xlsx"), out -> out.write(1));
      assertThat(held.isValid()).isTrue();
    }
    assertThat(stale).doesNotExist();
    assertThat(legacy).doesNotExist();
    assertThat(staleFolder).doesNotExist();
    assertThat(foreign).exists();
    assertThat(live).exists();
  }

  @Test
  void folder_new_isMovedIntoPlaceWhole() throws Exception {
    Path out = dir.resolve("svg");
    AtomicFile.writeFolder("--out", out, rel -> rel.endsWith(".svg"), f -> {
      f.write("a.svg", s -> s.write("a".getBytes()));
      f.write("b.svg", s -> s.write("b".getBytes()));
    });
    assertThat(names(out)).containsExactly("a.svg", "b.svg");
    assertThat(names(dir)).containsExactly("svg");
  }

  @Test
  void folder_failingHalfWay_leavesTheEarlierFolderAsItWas() throws Exception {
    Path out = Files.createDirectories(dir.resolve("svg"));
    Files.writeString(out.resolve("a.svg"), "old a");
    assertThatThrownBy(() -> AtomicFile.writeFolder("--out", out, rel -> rel.endsWith(".svg"),
        f -> {
          f.write("a.svg", s -> s.write("new a".getBytes()));
          f.write("b.svg", s -> {
            throw new IOException("No space left on device");
          });
        })).isInstanceOf(OutputException.class);
    assertThat(names(out)).containsExactly("a.svg");
    assertThat(Files.readString(out.resolve("a.svg"))).isEqualTo("old a");
    assertThat(names(dir)).containsExactly("svg");
  }

  @Test
  void folder_ofAnEarlierRun_isReplacedWhole_oneWithOtherFiles_keepsThem() throws Exception {
    Path ours = Files.createDirectories(dir.resolve("ours"));
    Files.writeString(ours.resolve("gone.svg"), "an option that no longer exists");
    AtomicFile.writeFolder("--out", ours, rel -> rel.endsWith(".svg"),
        f -> f.write("a.svg", s -> s.write("a".getBytes())));
    assertThat(names(ours)).containsExactly("a.svg");

    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(mixed.resolve("notes.txt"), "the user's");
    Files.writeString(mixed.resolve("a.svg"), "old");
    AtomicFile.writeFolder("--out", mixed, rel -> rel.endsWith(".svg"),
        f -> f.write("a.svg", s -> s.write("new".getBytes())));
    assertThat(names(mixed)).containsExactly("a.svg", "notes.txt");
    assertThat(Files.readString(mixed.resolve("a.svg"))).isEqualTo("new");
    assertThat(names(dir)).containsExactly("mixed", "ours");
  }

  @Test
  void folder_fileNameLeavingTheFolder_isRefused() throws Exception {
    Path out = dir.resolve("svg");
    assertThatThrownBy(() -> AtomicFile.writeFolder("--out", out, rel -> true,
        f -> f.write("../escape.svg", s -> s.write(1))))
        .isInstanceOf(InputException.class).hasMessageContaining("would leave the folder");
    assertThat(names(dir)).isEmpty();
  }

  /** A disk that fills after {@code n} bytes, as the full-disk tests put under every writer. */
  public static final class FailingStream extends OutputStream {
    private final OutputStream out;
    private long left;

    private FailingStream(OutputStream out, long n) {
      this.out = out;
      this.left = n;
    }

    public static java.util.function.UnaryOperator<OutputStream> after(long n) {
      return raw -> new FailingStream(raw, n);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        out.write(b, off, (int) left);
        left = 0;
        throw new IOException("No space left on device");
      }
      left -= len;
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
