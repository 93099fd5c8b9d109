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

  @Option(names = "--copy-every", paramLabel = "N",
      description = "Copy every Nth checkpoint to the object store (default: the scenario's "
          + "outageCopyEvery).")
  Long copyEvery;

  @Option(names = "--keep-local", paramLabel = "K",
      description = "Newest checkpoints always kept locally (default: the scenario's "
          + "outageKeepLocal).")
  Long keepLocal;

  @Option(names = "--outage", paramLabel = "DUR",
      description = "How long the WAN is down (default: the scenario's outageDuration).")
  String outage;

  @Option(names = "--catch-up", paramLabel = "DUR",
      description = "Window to upload the backlog in after the WAN returns (default: the "
          + "scenario's outageCatchUp).")
  String catchUp;

  @Option(names = "--account", paramLabel = "ID",
      description = "Cloud storage account type whose ingress limit sizes the catch-up "
          + "(default: the scenario's outageAccount).")
  String account;

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Scenario s = input.scenario(input.catalog());
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    ModelOptions.Resolved r = what.resolve(s, k);
    Outage.Policy d = s.outage();
    CloudAccount a = k.account(account == null ? d.account() : account);
    Outage.Plan p = Outage.plan(r.size(), Flags.duration("--interval", interval),
        copyEvery == null ? d.copyEvery() : (int) Flags.whole("--copy-every", copyEvery, 1),
        keepLocal == null ? d.keepLocal() : (int) Flags.whole("--keep-local", keepLocal, 1),
        outage == null ? d.outageSeconds() : Flags.duration("--outage", outage),
        catchUp == null ? d.catchUpSeconds() : Flags.duration("--catch-up", catchUp), a,
        k.chartOutagesSeconds(), k.assumptions(r.used()));
    output.emit(CheckpointViews.outage(p, a), spec.commandLine().getOut());
    return 0;
  }
}
