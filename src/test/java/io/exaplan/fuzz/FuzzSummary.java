package io.exaplan.fuzz;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fuzz run's counts, written to target/fuzz-summary.txt (CI prints it last). The cases are
 * split into shards that run in different test JVMs (surefire forks), so each shard leaves its
 * own counts in target/fuzz/ and then, holding a file lock, rewrites the summary from every
 * shard of the same run (seed and case count) found there: whichever shard finishes last writes
 * the whole run's figures, and "shards=1/2" says when only part of it has run.
 */
final class FuzzSummary {
  private static final Path TARGET = Path.of("target");
  private static final Path SHARDS = TARGET.resolve("fuzz");

  /** One shard's outcome: its counts, its slowest case and its time per command. */
  record Shard(long seed, int cases, int shard, int shards, int exit0, int exit2, int crashes,
      int partial, int hangs, int slow, double slowestSeconds, String slowestCase,
      Map<String, long[]> cost) {

    List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add("seed " + seed);
      out.add("cases " + cases);
      out.add("shard " + shard + " " + shards);
      out.add("counts " + exit0 + " " + exit2 + " " + crashes + " " + partial + " " + hangs + " "
          + slow);
      out.add("slowest " + Double.toString(slowestSeconds) + " " + slowestCase);
      cost.forEach((cmd, c) -> out.add("cost " + cmd + " " + c[0] + " " + c[1]));
      return out;
    }

    static Shard parse(List<String> lines) {
      long seed = 0;
      int cases = 0;
      int shard = 0;
      int shards = 0;
      int[] n = new int[6];
      double slowest = 0;
      String slowestCase = "";
      Map<String, long[]> cost = new TreeMap<>();
      for (String l : lines) {
        String[] w = l.split(" ", 3);
        switch (w[0]) {
          case "seed" -> seed = Long.parseLong(w[1]);
          case "cases" -> cases = Integer.parseInt(w[1]);
          case "shard" -> {
            shard = Integer.parseInt(w[1]);
            shards = Integer.parseInt(w[2]);
          }
          case "counts" -> {
            String[] v = l.split(" ");
            for (int i = 0; i < n.length; i++) {
              n[i] = Integer.parseInt(v[i + 1]);
            }
          }
          case "slowest" -> {
            slowest = Double.parseDouble(w[1]);
            slowestCase = w.length > 2 ? w[2] : "";
          }
          case "cost" -> {
            String[] v = w[2].split(" ");
            cost.put(w[1], new long[] {Long.parseLong(v[0]), Long.parseLong(v[1])});
          }
          default -> throw new IllegalArgumentException("fuzz shard file: " + l);
        }
      }
      return new Shard(seed, cases, shard, shards, n[0], n[1], n[2], n[3], n[4], n[5], slowest,
          slowestCase, cost);
    }
  }

  private FuzzSummary() {}

  /**
   * Records {@code s} and rewrites the summary from every shard of its run; returns the
   * summary's last line (the counts).
   */
  static String record(Shard s) throws IOException {
    Files.createDirectories(SHARDS);
    try (FileChannel lockFile = FileChannel.open(SHARDS.resolve("lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      write(SHARDS.resolve("shard-" + s.shard() + "-of-" + s.shards() + ".txt"),
          String.join("\n", s.lines()) + "\n");
      List<Shard> run = new ArrayList<>();
      try (Stream<Path> files = Files.list(SHARDS)) {
        for (Path p : (Iterable<Path>) files.sorted()::iterator) {
          String name = p.getFileName().toString();
          if (name.startsWith("shard-") && name.endsWith("-of-" + s.shards() + ".txt")) {
            Shard o = Shard.parse(Files.readAllLines(p, StandardCharsets.UTF_8));
            if (o.seed() == s.seed() && o.cases() == s.cases()) {
              run.add(o);
            }
          }
        }
      }
      String[] text = summary(run);
      write(TARGET.resolve("fuzz-summary.txt"), text[0]);
      return text[1];
    }
  }

  /** The summary text of a run's shards, and its counts line. */
  static String[] summary(List<Shard> run) {
    Shard first = run.get(0);
    Map<String, long[]> cost = new TreeMap<>();
    int[] n = new int[6];
    int cases = 0;
    double slowest = -1;
    String slowestCase = "";
    for (Shard s : run) {
      s.cost().forEach((cmd, c) -> {
        long[] sum = cost.computeIfAbsent(cmd, k -> new long[2]);
        sum[0] += c[0];
        sum[1] += c[1];
      });
      int[] v = {s.exit0(), s.exit2(), s.crashes(), s.partial(), s.hangs(), s.slow()};
      for (int i = 0; i < n.length; i++) {
        n[i] += v[i];
      }
      cases += shardCases(s.cases(), s.shard(), s.shards());
      if (s.slowestSeconds() > slowest) {
        slowest = s.slowestSeconds();
        slowestCase = s.slowestCase();
      }
    }
    StringBuilder out = new StringBuilder();
    cost.forEach((cmd, c) -> out.append(String.format(Locale.ROOT,
        "fuzz: %-12s cases=%5d mean=%7.2f ms%n", cmd, c[0], c[1] / 1e6 / c[0])));
    String counts = String.format(Locale.ROOT,
        "fuzz: seed=%d cases=%d exit0=%d exit2=%d crashes=%d partialFiles=%d hangs=%d "
            + "slow=%d slowest=%.2f s CPU %s shards=%d/%d%s", first.seed(), cases, n[0], n[1],
        n[2], n[3], n[4], n[5], slowest, slowestCase, run.size(), first.shards(),
        cases == first.cases() ? "" : " (of " + first.cases() + " cases)");
    out.append(counts).append('\n');
    return new String[] {out.toString(), counts};
  }

  /** Cases {@code [from, to)} of shard {@code k} of {@code n}: contiguous, sizes within one. */
  static int from(int cases, int k, int n) {
    return (int) ((long) cases * k / n);
  }

  static int shardCases(int cases, int k, int n) {
    return from(cases, k + 1, n) - from(cases, k, n);
  }

  /** Whole or not at all: a temp file beside the target, then a rename. */
  private static void write(Path p, String text) throws IOException {
    Path tmp = p.resolveSibling(p.getFileName() + ".part");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
