package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.exaplan.report.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under every writer: each output format must exit 3 with one line, leave the
 * earlier file (or folder) exactly as it was and no temp behind. The disk is a stream that
 * fails after a few bytes, put under the writer (always: CI may not mount); where this machine
 * lets the test mount a small tmpfs (root on Linux), the cheap formats also run on a real one.
 */
class FullDiskTest {
  private static final String PREVIOUS = "previous content\n";
  private static final Path NETBOX = Path.of("src", "test", "resources", "netbox",
      "vast_cbox_smc_gen6.yaml");

  @TempDir Path dir;
  private Path mounted;

  /** One output of the CLI: its arguments, with OUT where the target goes. */
  private record Case(String name, boolean folder, String... args) {
    String[] with(Path out) {
      return Stream.of(args).map(a -> a.equals("OUT") ? out.toString() : a)
          .toArray(String[]::new);
    }
  }

  private static List<Case> cases(boolean expensive) {
    List<Case> out = new ArrayList<>();
    for (String f : List.of("table", "json", "csv", "md", "xlsx")) {
      out.add(new Case("compare." + f, false, "compare", "--format", f, "--out", "OUT"));
    }
    out.add(new Case("checkpoint.csv", false, "checkpoint", "--format", "csv", "--out", "OUT"));
    out.add(new Case("timeline.csv", false, "simulate", "--horizon", "2h", "--replications",
        "1", "--no-timing", "--threads", "1", "--timeline", "OUT"));
    out.add(new Case("overlay.yaml", false, "catalog", "import-netbox", NETBOX.toString(),
        NETBOX.resolveSibling("vast_dbox_df-3015v2_ceres_v2.yaml").toString(),
        NETBOX.resolveSibling("nvidia_sn5600.yaml").toString(), "--overlay", NETBOX.resolveSibling("overlay.yaml").toString(), "--out", "OUT"));
    out.add(new Case("netbox", true, "export", "netbox", "--option", "ncp-pod", "--out", "OUT"));
    out.add(new Case("svg", true, "report", "--format", "svg", "--out", "OUT"));
    out.add(new Case("report.html", false, "report", "--format", "html", "--out", "OUT"));
    if (expensive) {
      out.add(new Case("png", true, "report", "--format", "png", "--out", "OUT"));
      out.add(new Case("deck.pptx", false, "report", "--format", "pptx", "--out", "OUT"));
    }
    return out;
  }

  @Test
  void injectedFullDisk_everyFormat_exit3_earlierOutputUntouched_noTemp() throws Exception {
    for (Case c : cases(true)) {
      check(c, dir, raw -> new Full(raw, 200));
    }
  }

  @Test
  void realFullTmpfs_cheapFormats_exit3_earlierOutputUntouched_noTemp() throws Exception {
    mounted = Files.createDirectories(dir.resolve("tmpfs"));
    int rc;
    try {
      rc = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
          mounted.toString()).redirectErrorStream(true).start().waitFor();
    } catch (IOException e) {
      rc = -1;
    }
    if (rc != 0) {
      mounted = null;
    }
    assumeThat(rc).as("mount -t tmpfs allowed here (the injected test covers CI)").isZero();
    for (Case c : cases(false)) {
      check(c, mounted, null);
    }
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      new ProcessBuilder("umount", mounted.toString()).start().waitFor();
    }
  }

  private void check(Case c, Path where, UnaryOperator<OutputStream> disk) throws Exception {
    Path out = where.resolve(c.name());
    Path earlier;
    if (c.folder()) {
      Files.createDirectories(out);
      earlier = Files.writeString(out.resolve(c.name().equals("svg") ? "old.svg"
          : "01-sites.csv"), PREVIOUS);
    } else {
      earlier = Files.writeString(out, PREVIOUS);
    }
    Path filler = disk == null ? fill(where) : null;
    StringWriter so = new StringWriter();
    StringWriter se = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(c.with(out));
    cl.setOut(new PrintWriter(so));
    cl.setErr(new PrintWriter(se));
    int code = disk == null ? cl.execute(c.with(out))
        : AtomicFile.withStreamFilter(disk, () -> cl.execute(c.with(out)));
    String err = se.toString();
    assertThat(code).as(c.name() + ": " + err).isEqualTo(3);
    assertThat(err.lines().toList()).as(c.name()).hasSize(1);
    assertThat(err).as(c.name()).contains("cannot write " + out, "nothing was changed")
        .doesNotContain("Exception", "\tat ");
    assertThat(Files.readString(earlier)).as(c.name()).isEqualTo(PREVIOUS);
    try (Stream<Path> left = Files.walk(where)) {
      assertThat(left.map(p -> where.relativize(p).toString()).filter(p -> p.endsWith(".tmp")))
          .as(c.name()).isEmpty();
    }
    if (c.folder()) {
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files).as(c.name()).containsExactly(earlier);
      }
    }
    deleteTree(out);
    if (filler != null) {
      Files.delete(filler);
    }
  }

  /** Fills the file system holding {@code where} to the last byte. */
  private static Path fill(Path where) throws IOException {
    Path filler = where.resolve("filler");
    try (OutputStream o = Files.newOutputStream(filler)) {
      byte[] block = new byte[4096];
      while (true) {
        o.write(block);
      }
    } catch (IOException full) {
      return filler;
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> all = Files.walk(p)) {
      for (Path q : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(q);
      }
    }
  }

  /** A disk with {@code n} bytes free. */
  private static final class Full extends OutputStream {
    private final OutputStream out;
    private long left;

    Full(OutputStream out, long n) {
      this.out = out;
      this.left = n;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        throw new IOException("No space left on device");
      }
      left -= len;
      out.write(b, off, len);
    }
  }
}
