package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.exaplan.catalog.Catalog;
import io.exaplan.design.Scenario;
import io.exaplan.optimize.Budget;
import io.exaplan.optimize.Optimize;
import io.exaplan.optimize.Optimizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/model.md, "Work budget", quotes how many steps the built-in scenario's `optimize` takes
 * against the 8,000,000 a search may take: the figures are counted here from the command's own
 * request, so a change to the search that moves them fails until the page says so.
 */
class WorkBudgetDocTest {
  private static final Pattern QUOTED = Pattern.compile(
      "The built-in scenario's search\\s+takes ([\\d,]+) steps and its whole `optimize` run "
          + "([\\d,]+)\\.");

  @Test
  void modelMd_quotesTheBuiltInOptimizeRunsSteps() throws IOException {
    Matcher m = QUOTED.matcher(Files.readString(Path.of("docs", "model.md")));
    assertThat(m.find()).as("docs/model.md quotes the built-in run's steps").isTrue();
    long quotedSearch = Long.parseLong(m.group(1).replace(",", ""));
    long quotedWhole = Long.parseLong(m.group(2).replace(",", ""));

    OptimizeCommand cmd = new OptimizeCommand();
    new CommandLine(cmd).parseArgs(); // the flags' defaults, as `exaplan optimize` has them
    Catalog c = cmd.input.catalog();
    Scenario s = cmd.input.scenario(c, cmd.overrides());
    Optimize.Request q = cmd.targets.request(s, c);
    Budget search = Budget.standard();
    Optimizer.search(q.space(), q.targets(), q.goal(), search);
    Budget whole = Budget.standard();
    Optimize.run(s, c, q, whole);

    assertThat(search.used()).isEqualTo(quotedSearch);
    assertThat(whole.total()).isEqualTo(quotedWhole);
    // both far inside the budget: the built-in answer never comes near a refusal
    assertThat(whole.total()).isLessThan(Budget.STEPS / 10);
  }
}
