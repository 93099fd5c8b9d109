package io.exaplan.cli;

import io.exaplan.config.InputException;
import io.exaplan.netbox.NetboxImport;
import io.exaplan.report.AtomicFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Catalog tools: import hardware from NetBox device types. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Catalog tools.", subcommands = CatalogCommand.ImportNetbox.class)
final class CatalogCommand extends CommandGroup {

  /** NetBox device-type YAML to an exaplan catalog overlay (for --catalog). */
  @Command(name = "import-netbox", mixinStandardHelpOptions = true,
      description = "Read NetBox device-type YAML files into a catalog overlay for --catalog. "
          + "What NetBox lacks (role, throughput, drives) comes from --overlay or the flags.")
  static final class ImportNetbox implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "NetBox device-type YAML.")
    List<Path> files;

    @Option(names = "--module", paramLabel = "FILE", description = "NetBox module-type YAML "
        + "(a NIC or supply the overlay installs in a module bay: devices.<slug>.modules.<bay>: "
        + "<model or part number>).")
    List<Path> modules = new java.util.ArrayList<>();

    @Option(names = "--child", paramLabel = "FILE", description = "NetBox child device-type "
        + "YAML (a tray the overlay installs in a device bay: devices.<slug>.bays.<bay>: <slug>).")
    List<Path> children = new java.util.ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE",
        description = "YAML with devices.<slug>.{role, id, name, read, write, drives, driveSize, "
            + "powerTypical, powerMax, ports, portSpeed, certified, modules, bays} and optional "
            + "sources and psuRedundancy.")
    Path overlay;

    @Option(names = "--role", description = "cnode, dbox or switch, for files the overlay omits.")
    String role;

    @Option(names = "--read", paramLabel = "RATE", description = "Read per device, e.g. '25 GB/s'.")
    String read;

    @Option(names = "--write", paramLabel = "RATE", description = "Write per device.")
    String write;

    @Option(names = "--drives", paramLabel = "N", description = "Drives per enclosure.")
    String drives;

    @Option(names = "--drive-size", paramLabel = "SIZE", description = "Drive size, e.g. '61.44 TB'.")
    String driveSize;

    @Option(names = "--certified", description = "Mark the devices NVIDIA-certified.")
    Boolean certified;

    @Option(names = "--psu-redundancy", paramLabel = "F", defaultValue = "2",
        description = "Power ports' draw is divided by this (2: N+N supplies; default ${DEFAULT-VALUE}).")
    double psuRedundancy;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the overlay to FILE.")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!(psuRedundancy >= 1) || Double.isInfinite(psuRedundancy)) {
        throw new InputException("--psu-redundancy: must be 1 or more, got " + psuRedundancy);
      }
      String yaml;
      try {
        yaml = NetboxImport.toCatalogYaml(new NetboxImport.Files(files, modules, children),
            overlay, new NetboxImport.Defaults(role, read, write, drives, driveSize, certified),
            psuRedundancy);
      } catch (InputException e) {
        throw NetboxImport.printable(e);
      }
      if (out == null) {
        spec.commandLine().getOut().print(yaml);
      } else {
        AtomicFile.write(out, s -> s.write(yaml.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println("Wrote " + out);
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
