package io.exaplan.cli;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Layer;
import io.exaplan.design.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --scenario and --catalog, shared by every command that reads them. */
final class InputOptions {
  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Scenario YAML; its keys override the built-in scenario.")
  Path scenario;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Catalog YAML merged over the built-in catalog by id (repeatable).")
  List<Path> catalogs = new ArrayList<>();

  /** The built-in catalog with the --catalog files over it. */
  Catalog catalog() {
    return Catalog.load(catalogs);
  }

  Scenario scenario(Catalog c) {
    return scenario(c, Layer.of());
  }

  /** The --scenario file (or the built-in one) with the command's {@code flags} over it. */
  Scenario scenario(Catalog c, Layer flags) {
    return Scenario.load(scenario, flags, c);
  }
}
