package io.exaplan.bench;

import io.exaplan.cli.Embedded;
import io.exaplan.catalog.Catalog;
import io.exaplan.cli.Studies;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.html.HtmlReport;
import io.exaplan.report.svg.RackSheet;
import io.exaplan.report.visual.VisualFormat;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
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
 * Cost of the visual outputs at the largest built-in option (ncp-1eb: 171 racks, 3,068
 * devices): placing the devices, drawing the full rack sheet as SVG, and the whole HTML report.
 * Run with {@code bench/run ReportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {
  Sizing big;
  RackPlan plan;
  Scenario scenario;
  Catalog catalog;

  @Setup
  public void setup() {
    catalog = Catalog.builtIn();
    scenario = Scenario.builtIn();
    big = SizingEngine.size(Options.design(scenario, catalog, catalog.dbox("dbox-1350"), 837,
        2093));
    plan = RackPlanner.plan(big);
  }

  @Benchmark
  public RackPlan placeNcp1eb() {
    return RackPlanner.plan(big);
  }

  @Benchmark
  public String fullSheetSvgNcp1eb() {
    return RackSheet.full("b", "b", List.of(), plan).svg();
  }

  @Benchmark
  public String htmlReport() {
    return HtmlReport.render(Deliverables.build(scenario, catalog, Studies.of(scenario, catalog)));
  }

  /** Everything {@code report --format pptx} does in-process: deliverables, then the deck. */
  @Benchmark
  public int deckPptx() throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    VisualFormat.PPTX.writeFile(Deliverables.build(scenario, catalog,
        Studies.of(scenario, catalog)), out);
    return out.size();
  }

  /** Everything {@code compare --format xlsx} does in-process: compare, then the live model. */
  @Benchmark
  public int workbookXlsx() throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    io.exaplan.report.ReportFormat.XLSX.reporter().write(io.exaplan.report.OptionViews.compare(
        io.exaplan.design.Registry.compare(scenario, catalog)), out);
    return out.size();
  }
}
