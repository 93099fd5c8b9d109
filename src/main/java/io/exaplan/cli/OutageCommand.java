package io.exaplan.cli;

import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.Outage;
import io.exaplan.design.Scenario;
import io.exaplan.report.CheckpointViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Local retention through a WAN outage and the WAN to catch up afterwards. */
@Command(name = "outage", mixinStandardHelpOptions = true,
    description = "Local checkpoint retention for a WAN outage when every Nth checkpoint goes to "
        + "the object store, the WAN to catch up, garbage collection and rollback.")
final class OutageCommand implements Callable<Integer> {
  @Mixin ModelOptions what;

  @Option(names = "--interval", required = true, paramLabel = "DUR",
      description = "Local checkpoint interval: 90s, 5m, 24h, 3d.")
  String interval;

  @Option(names = "--copy-every", required = true, paramLabel = "N",
      description = "Copy every Nth checkpoint to the object store.")
  long copyEvery;

  @Option(names = "--keep-local", required = true, paramLabel = "K",
      description = "Newest checkpoints always kept locally.")
  long keepLocal;

  @Option(names = "--outage", required = true, paramLabel = "DUR",
      description = "How long the WAN is down.")
  String outage;

  @Option(names = "--catch-up", required = true, paramLabel = "DUR",
      description = "Window to upload the backlog in after the WAN returns.")
  String catchUp;

  @Option(names = "--account", paramLabel = "ID", defaultValue = "azure-standard",
      description = "Cloud storage account type whose ingress limit sizes the catch-up "
          + "(default: ${DEFAULT-VALUE}).")
  String account;

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Scenario s = input.scenario(input.catalog());
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    ModelOptions.Resolved r = what.resolve(s, k);
    CloudAccount a = k.account(account);
    Outage.Plan p = Outage.plan(r.size(), Flags.duration("--interval", interval),
        (int) Flags.whole("--copy-every", copyEvery, 1),
        (int) Flags.whole("--keep-local", keepLocal, 1), Flags.duration("--outage", outage),
        Flags.duration("--catch-up", catchUp), a, k.chartOutagesSeconds(),
        k.assumptions(r.used()));
    output.emit(CheckpointViews.outage(p, a), spec.commandLine().getOut());
    return 0;
  }
}
