package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Budget;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Optimum;
import io.exaplan.report.OptimizeView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The best design for the targets, the bound no design can beat, and the Pareto front. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Find the design with the fewest racks (then kW), or by another objective, that "
        + "meets the targets; print the lower bound, the gap and the racks-versus-write Pareto "
        + "front.")
final class OptimizeCommand implements Callable<Integer> {
  @Mixin TargetOptions targets;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog c = input.catalog();
    Scenario s = input.scenario(c);
    Optimize.Request request = targets.request(s, c);
    Budget budget = Budget.standard();
    Optimum best;
    try (ProgressBar bar = ProgressBar.start(spec.commandLine().getErr(), "optimizing",
        budget::progress)) {
      best = Optimize.run(s, c, request, budget);
    }
    output.emit(OptimizeView.of(best, s), spec.commandLine().getOut());
    return 0;
  }
}
