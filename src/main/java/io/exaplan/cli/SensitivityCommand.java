package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Sensitivity;
import io.exaplan.report.Report;
import io.exaplan.report.SensitivityView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which assumption moves an option's racks and kW most: a tornado table. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Vary each assumption (usable/raw, per-node throughput and power, rack power "
        + "limit, checkpoint write target) by +/- swing and rank them by how far they move an "
        + "option's racks, then kW.")
final class SensitivityCommand extends ScenarioCommand {
  @Option(names = "--option", required = true, paramLabel = "ID",
      description = "A compare option (ncp-pod, ncp-1eb, dense-420-210, dense-105-210, cloud-hdd) "
          + "or 'optimum' (re-optimised for every variant; takes the optimize flags).")
  String option;

  @Option(names = "--swing", paramLabel = "FRACTION", defaultValue = "0.2",
      description = "Relative change, down and up (default: ${DEFAULT-VALUE}).")
  double swing;

  @Mixin TargetOptions targets;
  @Override
  public Report build(Catalog c, Scenario s) {
    Optimize.Request request = null;
    if (Sensitivity.OPTIMUM.equals(option)) {
      request = targets.request(s, c);
    } else if (targets.given()) {
      throw new InputException("--option " + option + ": target and search flags (--min-write, "
          + "--objective, ...) only apply to --option optimum");
    }
    return SensitivityView.of(Sensitivity.run(s, c, option, swing, request), s);
  }
}
