package io.exaplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/architecture.md names today's commands: one added to Main fails here until it is. */
class ArchitectureDocTest {
  @Test
  void commandsSection_namesEveryCommandOfMain() throws IOException {
    String doc = Files.readString(Path.of("docs", "architecture.md"));
    String section = doc.substring(doc.indexOf("## Commands"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> commands = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
    commands.remove("help");

    // 15 today: compare, size, audit, catalog, export, report, checkpoint, outage, stage,
    // optimize, sensitivity, sites, simulate, durability, serve
    assertThat(commands).hasSize(15);
    for (String c : commands) {
      assertThat(section).as(c).contains("`" + c + "`");
    }
    assertThat(section).contains(commands.size() + " commands");
  }
}
