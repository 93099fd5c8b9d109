package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Budget;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Optimum;
import io.exaplan.report.OptimizeView;
import io.exaplan.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The best design for the targets, the bound no design can beat, and the Pareto front. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Find the design with the fewest racks (then kW), or by another objective, that "
        + "meets the targets; print the lower bound, the gap and the racks-versus-write Pareto "
        + "front.")
final class OptimizeCommand extends ScenarioCommand {
  @Mixin TargetOptions targets;
  @Override
  public Report build(Catalog c, Scenario s) {
    Optimize.Request request = targets.request(s, c);
    Budget budget = Budget.standard();
    Optimum best;
    try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), "optimizing",
        budget::progress)) {
      best = Optimize.run(s, c, request, budget);
    }
    return OptimizeView.of(best, s);
  }
}
