package io.exaplan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.exaplan.cli.Main;
import io.exaplan.config.Node;
import io.exaplan.config.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated catalogs, scenarios, claims files and flags to every command in-process. Each
 * case must exit 0 or 2 (2 with a message and no stack trace), never throw, and never leave a
 * partial output file: after exit 0 the file parses whole; after exit 2 the previous file is
 * untouched; no temp file remains. Seeded: -Dfuzz.seed=S, -Dfuzz.cases=N for a longer run.
 * Each case draws from its own stream (seed and case number), so the cases split into
 * {@link #SHARDS} contiguous shards, this class the first and {@link FuzzSecondHalfTest} the
 * second, which surefire's two forks run side by side on the machine's two cores; each shard is
 * one JVM, so the watchdog's process CPU time is still the case's own. The summary of the
 * shards is written to target/fuzz-summary.txt (CI prints it last).
 */
class FuzzTest {
  /** Shards of the run: one test class each (this one and {@link FuzzSecondHalfTest}). */
  static final int SHARDS = 2;

  /** Which shard this class runs. */
  int shard() {
    return 0;
  }

  /** Case {@code c}'s own stream: any case can be run, or rerun, without the ones before it. */
  static SplittableRandom caseRandom(long seed, int c) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (c + 1L)));
  }

  private static final String PREVIOUS = "previous content\n";
  /** One case in this many is a cost-heavy input (each takes up to the work budget). */
  private static final int COST_HEAVY_EVERY = 500;

  /** Times every case: over 5 s is a failure, and a case that never returns is a hang. */
  private final Watchdog watchdog = new Watchdog();
  private static final String[] FORMATS = {"table", "json", "csv", "md", "xlsx"};

  @TempDir Path dir;

  private final List<String> failures = new ArrayList<>();
  private int exit0;
  private int exit2;
  private int crashes;
  private int partial;
  /** Set for a case that must be refused with every line starting so (a flag or a file). */
  private String located;
  /** Per command: cases and nanoseconds, to keep the run within CI's budget. */
  private final java.util.Map<String, long[]> cost = new java.util.TreeMap<>();

  /** Inputs to mutate: (resource, flag that feeds it). */
  private static final String[][] INPUTS = {
      {"catalog/default.yaml", "--catalog"},
      {"scenario/default.yaml", "--scenario"},
      {"claims/meeting.yaml", "--claims"}};

  /** Commands each input can be fed to (the claims file only to audit). */
  private static List<List<String>> commandsFor(String flag) {
    List<List<String>> out = new ArrayList<>();
    if (!flag.equals("--claims")) {
      out.add(List.of("compare"));
      out.add(List.of("size", "--dbox", "dense-5400", "--dboxes", "210", "--cnodes", "420"));
      out.add(List.of("checkpoint"));
      out.add(List.of("outage", "--interval", "5m", "--copy-every", "10", "--keep-local", "3",
          "--outage", "24h", "--catch-up", "12h"));
      out.add(List.of("optimize", "--min-write", "1 TB/s"));
      out.add(List.of("sensitivity", "--option", "dense-105-210"));
      out.add(List.of("sites"));
      out.add(List.of("simulate", "--horizon", "1d", "--replications", "2", "--no-timing",
          "--threads", "1"));
    }
    out.add(List.of("audit"));
    return out;
  }

  @Test
  void fuzz_mutatedInputsAndFlags_exit0or2_neverCrash_neverPartialFile() throws Exception {
    long seed = Long.getLong("fuzz.seed", 20251030L);
    int cases = Integer.getInteger("fuzz.cases", 10_000);
    int from = FuzzSummary.from(cases, shard(), SHARDS);
    int to = FuzzSummary.from(cases, shard() + 1, SHARDS);
    SplittableRandom r = caseRandom(seed, from);
    Mutator mutator = new Mutator(r);
    Node[] docs = new Node[INPUTS.length];
    String[] texts = new String[INPUTS.length];
    for (int i = 0; i < INPUTS.length; i++) {
      docs[i] = Yaml.resource(INPUTS[i][0]);
      try (InputStream in = FuzzTest.class.getResourceAsStream("/" + INPUTS[i][0])) {
        texts[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    Hostile hostile = new Hostile(dir, r, texts[1]);
    for (int c = from; c < to; c++) {
      r = caseRandom(seed, c);
      mutator.use(r);
      hostile.use(r);
      List<String> args = new ArrayList<>();
      if (c % COST_HEAVY_EVERY == COST_HEAVY_EVERY / 2) {
        args.addAll(hostile.costHeavy(c / COST_HEAVY_EVERY, c));
      } else if (r.nextInt(10) == 0) {
        args.addAll(hostile.next(c));
      } else if (r.nextInt(10) < 8) {
        int which = r.nextInt(INPUTS.length);
        Path input = dir.resolve("in-" + c + ".yaml");
        Files.writeString(input, mutator.mutate(docs[which], texts[which]),
            StandardCharsets.ISO_8859_1);
        List<List<String>> cmds = commandsFor(INPUTS[which][1]);
        args.addAll(cmds.get(r.nextInt(cmds.size())));
        args.add(INPUTS[which][1]);
        args.add(input.toString());
      } else {
        int k = r.nextInt(10); // issue 22: counts past an int, control characters
        if (k == 2 || k == 3) { // issues 20.2, 22.3, 22.4: overrides and results, located
          HostileCases.Located h = k == 2 ? HostileCases.override(r)
              : HostileCases.absurd(r, dir, c);
          args.addAll(h.args());
          located = h.prefix();
        } else {
          args.addAll(k == 0 ? HostileCases.overflow(r) : k == 1 ? HostileCases.control(r)
              : randomFlags(r));
        }
      }
      if (args.contains("--format") || args.get(0).equals("catalog")) {
        runCase(c, args, "own", null); // a hostile case that names its own output
        clean();
        continue;
      }
      String format = FORMATS[r.nextInt(100) < 3 ? 4 : r.nextInt(4)];
      args.add("--format");
      args.add(format);
      if (r.nextInt(20) == 0) { // issue 22: an --out target that must be refused or kept
        Path odd = HostileCases.oddTarget(r, dir, format);
        args.add("--out");
        args.add(odd.toString());
        boolean link = Files.isSymbolicLink(odd);
        runCase(c, args, format, null);
        if (odd.startsWith("/dev") && Files.isRegularFile(odd)
            || link && !Files.isSymbolicLink(odd)) {
          fail(c, args, "--out replaced " + odd);
        }
        clean();
        continue;
      }
      Path out = null;
      if (format.equals("xlsx") || r.nextBoolean()) {
        out = dir.resolve("out-" + c + "." + format);
        Files.writeString(out, PREVIOUS);
        args.add("--out");
        args.add(out.toString());
      }
      runCase(c, args, format, out);
      clean();
    }
    FuzzSummary.Shard mine = new FuzzSummary.Shard(seed, cases, shard(), SHARDS, exit0, exit2,
        crashes, partial, watchdog.hangs(), watchdog.slow(), watchdog.slowestSeconds(),
        watchdog.slowestCase(), cost);
    String summary = FuzzSummary.summary(List.of(mine))[1];
    System.out.println(summary);
    System.out.println(FuzzSummary.record(mine));
    assertThat(failures).as(summary).isEmpty();
    assertThat(exit0 + exit2).isEqualTo(to - from);
  }

  private static final String[] COUNTS = {"1", "0", "-1", "210", "1000000", "1000001",
      "2147483648", "abc", "", "3.5"};
  private static final String[] DURATIONS = {"90s", "5m", "24h", "3d", "0s", "-5m", "24hr", "1e9d",
      "NaN", "m", "", "1e-9s", "15 min"};
  private static final String[] SIZES = {"1 TB", "5PB", "5 PiB", "0 B", "-1 TB", "1e30 EB", "lots",
      "100 TB", ""};
  private static final String[] RATES = {"100 Gb/s", "1 TB/s", "0 B/s", "-1 GB/s", "1e300 TB/s",
      "fast", "12 kW", ""};

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** A command with random, often wrong, flag values. */
  private static List<String> randomFlags(SplittableRandom r) {
    String[] kws = {"12", "0", "-3", "0.5", "1e308", "NaN", "Infinity", "15", "x"};
    String[] boxes = {"dbox-1350", "dbox-338", "dense-5400", "nope", ""};
    List<String> a = new ArrayList<>();
    switch (r.nextInt(6)) {
      case 0:
        a.addAll(List.of("checkpoint", "--interval", pick(r, DURATIONS), "--stall-fraction",
            r.nextBoolean() ? "0.05" : pick(r, kws)));
        if (r.nextBoolean()) {
          a.addAll(List.of("--params", r.nextBoolean() ? "405e9" : pick(r, COUNTS)));
        } else {
          a.addAll(List.of("--model", r.nextBoolean() ? "llama-3.1-70b" : "gpt-9"));
        }
        if (r.nextBoolean()) {
          a.addAll(List.of("--gpus", pick(r, COUNTS), "--gpu-mtbf", pick(r, DURATIONS)));
        }
        break;
      case 1:
        a.addAll(List.of("outage", "--checkpoint-bytes", pick(r, SIZES), "--interval",
            pick(r, DURATIONS), "--copy-every", pick(r, COUNTS), "--keep-local", pick(r, COUNTS),
            "--outage", pick(r, DURATIONS), "--catch-up", pick(r, DURATIONS)));
        break;
      case 2:
        a.addAll(List.of("stage", "--dataset-bytes", pick(r, SIZES), "--wan",
            r.nextBoolean() ? pick(r, RATES) : pick(r, DURATIONS)));
        break;
      case 3:
        a.addAll(List.of("simulate", "--horizon", r.nextBoolean() ? "1d" : pick(r, DURATIONS),
            "--replications", r.nextBoolean() ? "2" : pick(r, COUNTS), "--jobs",
            r.nextBoolean() ? "2" : pick(r, COUNTS), "--no-timing", "--threads", "1"));
        if (r.nextBoolean()) {
          a.addAll(List.of("--interval", pick(r, DURATIONS)));
        }
        break;
      case 4:
        a.addAll(List.of("optimize", "--min-write", pick(r, RATES), "--min-usable",
            pick(r, SIZES)));
        break;
      default:
        a.addAll(List.of("size", "--dbox", boxes[r.nextInt(boxes.length)], "--dboxes",
            pick(r, COUNTS), "--cnodes", pick(r, COUNTS)));
        if (r.nextBoolean()) {
          a.addAll(List.of("--rack-kw", kws[r.nextInt(kws.length)]));
        }
        if (r.nextInt(4) == 0) {
          a.addAll(List.of("--power-basis", r.nextBoolean() ? "max" : "peak"));
        }
        if (r.nextInt(4) == 0) {
          a.addAll(List.of("--gpus", pick(r, COUNTS)));
        }
    }
    if (r.nextInt(10) == 0) {
      a.add("--bogus");
    }
    return a;
  }

  /**
   * One command model for every case: building it (picocli's reflection over every command) cost
   * as much as a case; picocli resets each option to its initial value before parsing.
   */
  private final StringWriter so = new StringWriter();
  private final StringWriter se = new StringWriter();
  private final picocli.CommandLine cl = Main.commandLine();

  {
    cl.setOut(new PrintWriter(so));
    cl.setErr(new PrintWriter(se));
  }

  private void runCase(int c, List<String> args, String format, Path out) throws IOException {
    so.getBuffer().setLength(0);
    se.getBuffer().setLength(0);
    int code;
    try {
      long t0 = System.nanoTime();
      Integer done = watchdog.run(c, args, () -> cl.execute(args.toArray(new String[0])));
      long[] c2 = cost.computeIfAbsent(args.get(0), k -> new long[2]);
      c2[0]++;
      c2[1] += System.nanoTime() - t0;
      if (done == null) {
        crashes++;
        fail(c, args, "hang: no answer within " + Watchdog.HANG_SECONDS + " s");
        return;
      }
      code = done;
      if (watchdog.wasSlow()) {
        fail(c, args, "slow: more than " + Watchdog.SLOW_SECONDS + " s of CPU");
      }
    } catch (Throwable t) {
      crashes++;
      fail(c, args, "threw " + t);
      return;
    }
    String err = se.toString();
    if (located != null) {
      String prefix = located;
      located = null;
      if (code != 2 || !err.lines().allMatch(l -> l.startsWith(prefix))) {
        fail(c, args, "expected a refusal located at " + prefix + ", got exit " + code + ": "
            + err.lines().findFirst().orElse(""));
      }
    }
    if (code == 0) {
      exit0++;
      if (out != null && !complete(out, format)) {
        partial++;
        fail(c, args, "exit 0 but output is not a whole " + format + " file");
      }
    } else if (code == 2) {
      exit2++;
      if (err.isBlank()) {
        fail(c, args, "exit 2 without a message");
      }
      if (out != null && !Files.readString(out, StandardCharsets.ISO_8859_1).equals(PREVIOUS)) {
        partial++;
        fail(c, args, "exit 2 but the previous output file changed");
      }
    } else {
      crashes++;
      fail(c, args, "exit " + code + ": " + err.lines().findFirst().orElse(""));
    }
    if (err.indexOf('\u001b') >= 0 || err.indexOf('\u009b') >= 0) {
      fail(c, args, "unescaped terminal escape in stderr");
    }
    if (err.contains("\tat ") || err.contains("Exception")) {
      fail(c, args, "stack trace or exception name in stderr: " + err.lines().findFirst()
          .orElse(""));
    }
    try (Stream<Path> files = Files.list(dir)) {
      if (files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"))) {
        partial++;
        fail(c, args, "temp file left behind");
      }
    }
  }

  /** One reader for every case's JSON output: a mapper costs more to build than to use. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private static boolean complete(Path out, String format) {
    try {
      switch (format) {
        case "json":
          JSON.readTree(out.toFile());
          return true;
        case "csv":
          return !CSVFormat.RFC4180.parse(Files.newBufferedReader(out)).getRecords().isEmpty();
        case "xlsx":
          try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getNumberOfSheets() > 0;
          }
        default:
          String s = Files.readString(out);
          return !s.equals(PREVIOUS) && s.startsWith(format.equals("md") ? "# exaplan" : "exaplan");
      }
    } catch (Exception e) {
      return false;
    }
  }

  private void fail(int c, List<String> args, String what) {
    if (failures.size() < 20) {
      failures.add("case " + c + " " + args + ": " + what);
    }
  }

  private void clean() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.delete(p);
      }
    }
  }
}
