package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Dimension;
import io.exaplan.config.InputException;
import io.exaplan.config.Units;
import io.exaplan.design.DurabilityStudy;
import io.exaplan.design.OptionDurability;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.durability.DurabilityParams.Overrides;
import io.exaplan.report.DurabilityView;
import io.exaplan.report.Report;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What a drive or enclosure failure costs: rebuild hours, degraded throughput, nines. */
@Command(name = "durability", mixinStandardHelpOptions = true,
    description = "Rebuild time of a drive and of an enclosure, throughput left during a rebuild, "
        + "mean time to data loss and annual loss probability (nines), with sensitivity; every "
        + "option, one option, or any design.")
final class DurabilityCommand extends ScenarioCommand {
  @Option(names = "--option", paramLabel = "ID",
      description = "One option of compare (ncp-pod, ncp-1eb, dense-420-210, dense-105-210, "
          + "cloud-hdd); default: all of them.")
  String option;

  @Option(names = "--dbox", paramLabel = "MODEL",
      description = "Instead of an option, a design of this enclosure model (with --dboxes and "
          + "--cnodes).")
  String dbox;

  @Option(names = "--dboxes", paramLabel = "N", description = "Number of enclosures (with --dbox).")
  Integer dboxes;

  @Option(names = "--cnodes", paramLabel = "N", description = "Number of C-nodes (with --dbox).")
  Integer cnodes;

  @Option(names = "--afr", paramLabel = "F",
      description = "Annual failure rate of every drive, a fraction such as 0.02 or 2%% "
          + "(default: the catalog's, per drive model).")
  String afr;

  @Option(names = "--rebuild-share", paramLabel = "F",
      description = "Share of the binding bound a rebuild may use, such as 0.25 or 25%% "
          + "(default: the catalog's).")
  String rebuildShare;

  @Override
  public Report build(Catalog c, Scenario s) {
    Overrides o = new Overrides(fraction("--afr", afr, true),
        fraction("--rebuild-share", rebuildShare, false));
    if (option != null && dbox != null) {
      throw new InputException("--option and --dbox: give one design, not both");
    }
    if (dbox == null && (dboxes != null || cnodes != null)) {
      throw new InputException((dboxes != null ? "--dboxes" : "--cnodes")
          + ": needs --dbox MODEL (and both --dboxes N and --cnodes N)");
    }
    if (dbox != null && (dboxes == null || cnodes == null)) {
      throw new InputException("--dbox: needs " + (dboxes == null ? "--dboxes N" : "--cnodes N"));
    }
    List<OptionDurability> list;
    if (dbox != null) {
      list = List.of(DurabilityStudy.custom(s, c, dbox, dboxes, cnodes, o));
    } else if (option != null) {
      list = List.of(DurabilityStudy.of(Registry.get(option).build(s, c), s, c, o));
    } else {
      list = DurabilityStudy.all(s, c, o);
    }
    return DurabilityView.of(list, s, c, o);
  }

  /** A fraction flag: "0.25" or "25%", in (0, 1] (or (0, 1) when 1 is meaningless). */
  private static Double fraction(String flag, String text, boolean oneAllowed) {
    if (text == null) {
      return null;
    }
    String range = oneAllowed ? "greater than 0 and at most 1" : "greater than 0 and below 1";
    double v;
    try {
      v = Units.parse(text, Dimension.NUMBER);
    } catch (IllegalArgumentException e) {
      throw new InputException(flag + ": '" + text + "' is not a fraction; expected a number "
          + range + " such as 0.25 or 25%");
    }
    if (!(v > 0) || (oneAllowed ? v > 1 : v >= 1)) {
      throw new InputException(flag + ": must be " + range + " (such as 0.25 or 25%), got "
          + text);
    }
    return v;
  }
}
