package io.exaplan.bench;

import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Studies;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.report.OptionViews;
import io.exaplan.report.Report;
import io.exaplan.report.ReportFormat;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.visual.VisualFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process part of every deliverable, each from the scenario as its command makes it:
 * {@code report --format html|pptx|svg|png} (deliverables built, studies when the format shows
 * them, then rendered) and {@code compare --format xlsx|md} (the comparison, then the file).
 * Whole-process figures (JVM start, class loading, JIT) are {@code bench/startup report}'s.
 * Run with {@code bench/run DeliverablesBenchmark} (one format: {@code bench/run
 * DeliverablesBenchmark.pptx}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
public class DeliverablesBenchmark {
  Scenario scenario;
  Catalog catalog;

  @Setup
  public void setup() {
    catalog = Catalog.builtIn();
    scenario = Scenario.builtIn();
  }

  /** As {@code report} builds them: on the cores, html's studies started first. */
  private Deliverables deliverables(VisualFormat f) {
    return f.build(scenario, catalog, Studies.of(scenario, catalog));
  }

  private int file(VisualFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writeFile(deliverables(f), out);
    return out.size();
  }

  /** Every file of the folder, drawn as {@code report} draws them (on the cores), not written. */
  private long folder(VisualFormat f) throws IOException {
    long bytes = 0;
    for (byte[] b : f.drawAll(deliverables(f))) {
      bytes += b.length;
    }
    return bytes;
  }

  private int compare(ReportFormat f) throws IOException {
    Report r = OptionViews.compare(Registry.compare(scenario, catalog));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.reporter().write(r, out);
    return out.size();
  }

  @Benchmark
  public int html() throws IOException {
    return file(VisualFormat.HTML);
  }

  @Benchmark
  public int pptx() throws IOException {
    return file(VisualFormat.PPTX);
  }

  @Benchmark
  public long svg() throws IOException {
    return folder(VisualFormat.SVG);
  }

  @Benchmark
  public long png() throws IOException {
    return folder(VisualFormat.PNG);
  }

  @Benchmark
  public int xlsx() throws IOException {
    return compare(ReportFormat.XLSX);
  }

  @Benchmark
  public int md() throws IOException {
    return compare(ReportFormat.MD);
  }

  /** The deliverables alone, without studies: what every report format starts from. */
  @Benchmark
  public Deliverables deliverablesOnly() {
    return Deliverables.build(scenario, catalog, List.of());
  }
}
