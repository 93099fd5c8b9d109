package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.layout.RackPlanner;
import io.exaplan.netbox.NetboxExport;
import io.exaplan.report.AtomicFile;
import io.exaplan.sizing.Sizing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports a plan to other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a plan.",
    subcommands = ExportCommand.Netbox.class)
final class ExportCommand extends CommandGroup {

  /** An option's rack plan as NetBox bulk-import files. */
  @Command(name = "netbox", mixinStandardHelpOptions = true,
      description = "Write an option's site, racks, device types, devices, PDUs, power feeds "
          + "and cables as NetBox import files into a folder (order and what to skip: its "
          + "README.txt; docs/netbox.md).")
  static final class Netbox implements Callable<Integer> {
    @Option(names = "--option", required = true, paramLabel = "ID",
        description = "A flash option of compare, e.g. ncp-pod or dense-420-210.")
    String option;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--site", paramLabel = "NAME", description = "NetBox site name "
        + "(default: exaplan-<option>).")
    String site;

    @Option(names = "--manufacturer", paramLabel = "NAME",
        description = "Manufacturer for catalog devices that have no netbox entry in the "
            + "catalog (the built-in ones do: VAST Data, Nvidia, Mellanox).")
    String manufacturer;

    @Mixin InputOptions input;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Catalog c = input.catalog();
      Scenario s = input.scenario(c);
      io.exaplan.design.Option o = Registry.get(option).build(s, c);
      Sizing z = Options.resize(o, s, c);
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new InputException("--out: " + out + " is a file; expected a folder");
      }
      if (manufacturer != null && (manufacturer.isBlank() || manufacturer.length() > 100)) {
        throw new InputException("--manufacturer: must be 1 to 100 characters (NetBox's limit)");
      }
      if (site != null && (site.isBlank() || site.length() > 100
          || site.chars().anyMatch(Character::isISOControl))) {
        throw new InputException("--site: must be 1 to 100 printable characters (NetBox's "
            + "limit)");
      }
      Map<String, String> files = NetboxExport.files(o.id(), z.design(), RackPlanner.plan(z),
          site == null ? "exaplan-" + o.id() : site, c, manufacturer, s.rackRules().feed());
      // the whole folder at once; an earlier export's files (and only those) are replaced
      AtomicFile.writeFolder("--out", out, rel -> rel.matches("\\d\\d-[^/]+\\.csv")
          || rel.equals("04-device-types") || rel.matches("04-device-types/[^/]+\\.yaml"),
          folder -> {
            for (Map.Entry<String, String> f : files.entrySet()) {
              folder.write(f.getKey(), s2 -> s2.write(f.getValue()
                  .getBytes(StandardCharsets.UTF_8)));
            }
          });
      spec.commandLine().getOut().println("Wrote " + files.size() + " files to " + out);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
