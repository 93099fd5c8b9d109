package io.exaplan.cli;

import io.exaplan.catalog.CapacityModel;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Layer;
import io.exaplan.config.Problems;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.report.OptionViews;
import io.exaplan.report.Report;
import io.exaplan.sizing.Design;
import picocli.CommandLine.Command;

/** One design of any model and C:D counts. */
@Command(name = "size", mixinStandardHelpOptions = true,
    description = "Size one design: an enclosure model and counts of enclosures and C-nodes.")
final class SizeCommand extends ScenarioCommand {
  @picocli.CommandLine.Option(names = "--dbox", required = true, paramLabel = "MODEL",
      description = "Enclosure model id, e.g. dbox-1350, dbox-338, dense-5400.")
  String dbox;

  @picocli.CommandLine.Option(names = "--dboxes", required = true, paramLabel = "N",
      description = "Number of enclosures.")
  int dboxes;

  @picocli.CommandLine.Option(names = "--cnodes", required = true, paramLabel = "N",
      description = "Number of C-nodes.")
  int cnodes;

  @picocli.CommandLine.Option(names = "--rack-kw", paramLabel = "KW",
      description = "Rack power limit in kW, or with a unit ('15000 W'); the scenario's "
          + "rackPowerLimit (default: the scenario's).")
  String rackKw;

  @picocli.CommandLine.Option(names = "--power-basis", paramLabel = "BASIS",
      description = "typical or max draw packed against the rack limit (default: the scenario's).")
  String powerBasis;

  /**
   * The GPUs this one design serves (its guidance check and per-GPU figures), defaulting as
   * compare's options do: not checkpoint's job nor simulate's fleet, so its own flag.
   */
  @picocli.CommandLine.Option(names = "--gpus", paramLabel = "N",
      description = "GPUs served, for the guidance check, per-GPU figures and jobs sharing it "
          + "(default: the scenario's fleet when the design holds targetUsable, as compare's "
          + "scaled options; else its cluster size, as compare's pod).")
  Long gpus;

  @picocli.CommandLine.Option(names = "--cnode", paramLabel = "MODEL",
      description = "C-node model id (default: the scenario's cnode).")
  String cnode;

  @picocli.CommandLine.Option(names = "--switch", paramLabel = "MODEL",
      description = "Switch model id (default: the scenario's switch).")
  String switchModel;

  @picocli.CommandLine.Option(names = "--failure-domain", paramLabel = "RULE",
      description = "Stripe-width rule: enclosure (at most parity strips of a stripe per "
          + "enclosure) or drive (default: the catalog's capacity.failureDomain).")
  String failureDomain;

  /**
   * Every flag {@link #build} would refuse, each in the words the CLI has always printed: the
   * failure-domain rule, the enclosure model, the counts (the design's own range, named by the
   * flag) and --gpus.
   */
  @Override
  public void check(Catalog c, Problems problems) {
    if (failureDomain != null && !CapacityModel.FAILURE_DOMAINS.contains(failureDomain)) {
      problems.add("--failure-domain: '" + failureDomain + "' is not one of "
          + String.join(", ", CapacityModel.FAILURE_DOMAINS));
    }
    if (dbox != null && !c.dboxes().containsKey(dbox)) {
      problems.add("--dbox: unknown enclosure model '" + dbox + "'; expected one of: "
          + String.join(", ", c.dboxes().keySet()));
    }
    count(problems, "--dboxes", dboxes);
    count(problems, "--cnodes", cnodes);
    if (gpus != null) {
      count(problems, "--gpus", gpus, Scenario.MAX_GPUS);
    }
  }

  private static void count(Problems problems, String flag, long value) {
    count(problems, flag, value, Design.MAX_COUNT);
  }

  private static void count(Problems problems, String flag, long value, long max) {
    try {
      Flags.whole(flag, value, 1, max);
    } catch (InputException e) {
      problems.add(e.problems().get(0));
    }
  }

  @Override
  public Report build(Catalog c, Scenario s) {
    if (failureDomain != null) {
      c = c.withCapacity(c.capacity().withFailureDomain(failureDomain));
    }
    long served = gpus == null ? Options.defaultGpus(s, c, c.dbox(dbox), dboxes) : gpus;
    Option o;
    try {
      o = Options.custom(s, c, c.dbox(dbox), dboxes, cnodes, served);
    } catch (InputException e) {
      // the design names its own fields; here they were given as flags
      throw Flags.named(e, java.util.Map.of("dboxes", "--dboxes", "cnodes", "--cnodes"));
    }
    return OptionViews.size(o, s);
  }

  /** The flags that override scenario keys, bound with the scenario (one range, one message). */
  @Override
  public Layer overrides() {
    return Layer.of().flag("rackPowerLimit", "--rack-kw", Flags.kilowatts(rackKw))
        .flag("powerBasis", "--power-basis", powerBasis).flag("cnode", "--cnode", cnode)
        .flag("switch", "--switch", switchModel);
  }
}
