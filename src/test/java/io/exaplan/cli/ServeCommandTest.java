package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code exaplan serve}: prints its URL, answers there, stops on request and on Ctrl-C. */
/* A hang (a server or browser that never answers) fails the test instead of stalling CI. */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("exaplan: serving (http://127\\.0\\.0\\.1:"
      + "(\\d+)/) \\(Ctrl-C to stop\\)");

  private static String get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Output written so far, polled until {@code p} matches. */
  private static Matcher await(StringWriter out, Pattern p) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = p.matcher(out.toString());
      if (m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no match for " + p + " in: " + out);
  }

  @Test
  void serve_portZero_printsTheUrlServesThePageAndStops() throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    int[] code = {-1};
    Thread t = new Thread(() -> code[0] = cl.execute("serve", "--port", "0"));
    t.start();

    Matcher m = await(out, URL);
    assertThat(get(m.group(1))).contains("<title>exaplan: storage options side by side</title>");
    assertThat(get(m.group(1) + "api/formats")).startsWith("[{\"key\":\"table\"");

    ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
    serve.stop();
    t.join(10_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(code[0]).isZero();
    assertThat(out.toString()).endsWith("exaplan: stopped" + System.lineSeparator());
  }

  @Test
  void serve_portInUse_exit2NamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      CommandLine cl = Main.commandLine();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));

      int code = cl.execute("serve", "--port", String.valueOf(port));

      assertThat(code).isEqualTo(2);
      assertThat(err.toString().trim()).isEqualTo("--port: 127.0.0.1:" + port
          + " is already in use; choose another port with --port");
    }
  }

  @Test
  void serve_portOutOfRange_exit2() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("serve", "--port", "70000");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("--port: must be from 0 to 65535, got 70000");
  }

  @Test
  void serve_badScenarioFile_exit2BeforeServing(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.yaml");
    java.nio.file.Files.writeString(file, "gpus: lots\n");
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("serve", "--port", "0", "--scenario", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo(file + ":1:7: gpus: 'lots' is not a whole number; "
        + "expected a whole number from 1 to 100000000");
  }

  /** SigIgn in /proc/self/status is a hex mask of ignored signals; SIGINT is bit 2 - 1. */
  private static boolean sigintIgnored() throws IOException {
    for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
      }
    }
    return false;
  }

  @Test
  void serve_ctrlC_stopsCleanly() throws Exception {
    // A child JVM on this test's class path, sent SIGINT as a terminal's Ctrl-C sends it.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", "0").redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("read failed: " + e);
      }
    });
    reader.start();
    try {
      String first = lines.poll(60, TimeUnit.SECONDS);
      Matcher m = URL.matcher(first == null ? "" : first);
      assertThat(m.matches()).as(String.valueOf(first)).isTrue();
      assertThat(get(m.group(1))).contains("<title>");

      // A process started in the background of a shell without job control inherits SIGINT
      // ignored, and so does this child JVM; then SIGTERM (what `kill` and service managers
      // send) stands in for Ctrl-C: both run the same shutdown hook.
      int signal = sigintIgnored() ? 15 : 2;
      new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();

      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(5_000);
      assertThat(List.copyOf(lines)).containsExactly("exaplan: stopped");
      // the JVM reports death by a signal as 128 + its number
      assertThat(p.exitValue()).isEqualTo(128 + signal);
    } finally {
      p.destroyForcibly();
    }
  }
}
