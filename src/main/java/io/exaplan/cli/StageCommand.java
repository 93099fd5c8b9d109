package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.Staging;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.Scenario;
import io.exaplan.report.CheckpointViews;
import io.exaplan.report.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Pre-staging a training data set from the object store: time or rate, and storage accounts. */
@Command(name = "stage", mixinStandardHelpOptions = true,
    description = "Pre-stage a data set from the object store: the time at a WAN rate (or the "
        + "rate for a window), the storage accounts the copy needs, and the copy methods.")
final class StageCommand implements Reporting, Callable<Integer> {
  @Option(names = "--dataset-bytes", required = true, paramLabel = "SIZE",
      description = "Data set size, e.g. 2 PB or a number of bytes.")
  String datasetBytes;

  @Option(names = "--wan", required = true, paramLabel = "RATE|DUR",
      description = "WAN rate (100 Gb/s, 12.5 GB/s): gives the staging time; or a window "
          + "(24h, 3d): gives the rate needed.")
  String wan;

  @Option(names = "--object-size", paramLabel = "SIZE",
      description = "Largest object, checked against each copy method's per-object limit.")
  String objectSize;

  @Option(names = "--vcpus", paramLabel = "N",
      description = "vCPUs of one copy host, for each method's default connections.")
  Long vcpus;

  @Option(names = "--account", paramLabel = "ID", defaultValue = "azure-standard",
      description = "Cloud storage account type (default: ${DEFAULT-VALUE}).")
  String account;

  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  /** Prints {@link #build}: stage reads no scenario or catalog file. */
  @Override
  public Integer call() {
    output.emit(checkedBuild(null, null), spec.commandLine().getOut());
    return 0;
  }

  /** The staging plan from the flags alone (a data set, a WAN, an account): c and s unused. */
  @Override
  public Report build(Catalog c, Scenario s) {
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    CloudAccount a = k.account(account);
    double bytes = Flags.bytes("--dataset-bytes", datasetBytes);
    Double object = objectSize == null ? null : Flags.bytes("--object-size", objectSize);
    Integer cpus = vcpus == null ? null : (int) Flags.whole("--vcpus", vcpus, 1);
    Staging.Plan p = isDuration(wan)
        ? Staging.within(bytes, Flags.duration("--wan", wan), a, object, cpus, k)
        : Staging.atRate(bytes, Flags.rate("--wan", wan), a, object, cpus, k);
    return CheckpointViews.stage(p);
  }

  /** A duration or a rate; neither is one line naming both forms. */
  private static boolean isDuration(String text) {
    for (Dimension d : new Dimension[] {Dimension.BYTE_RATE, Dimension.DURATION}) {
      try {
        Units.parse(text, d);
        return d == Dimension.DURATION;
      } catch (IllegalArgumentException e) {
        // try the other form
      }
    }
    throw new InputException("--wan: '" + text + "' is neither " + Dimension.BYTE_RATE.describe()
        + " nor " + Dimension.DURATION.describe() + " (a window to stage within)");
  }
}
