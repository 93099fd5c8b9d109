package io.exaplan.report.deliverables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import io.exaplan.design.Scenario;
import io.exaplan.report.Commands;
import io.exaplan.report.Report;
import io.exaplan.report.html.HtmlReport;
import io.exaplan.report.visual.VisualFormat;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The studies run only when a deliverable shows them (the HTML report), once however often it
 * is rendered; the deck and the drawings never run them.
 */
class DeferredStudiesTest {
  /** The commands the studies asked for, in order; each answers a report naming its command. */
  static class Recording implements Commands {
    final List<String> ran = new ArrayList<>();

    @Override
    public List<String> names() {
      return List.of("optimize", "sites", "simulate");
    }

    @Override
    public Map<String, String> flags(String command) {
      return Map.of();
    }

    @Override
    public boolean isSwitch(String command, String flag) {
      return false;
    }

    @Override
    public Map<String, String> documents(String command) {
      return Map.of();
    }

    @Override
    public Report run(String command, List<String> args, Map<String, Node> documents,
        Catalog c, Scenario s) {
      ran.add(command + " " + String.join(" ", args));
      return new Report("exaplan " + command, "Study " + command + " of " + s.name() + ".",
          null, List.of());
    }
  }

  static Scenario scenario;
  static Catalog catalog;
  static Deliverables built;

  @BeforeAll
  static void build() {
    catalog = Catalog.builtIn();
    scenario = Scenario.builtIn();
    built = Deliverables.build(scenario, catalog, List.of());
  }

  /** The built deliverables with the recorder's studies in place of none. */
  static Deliverables with(List<Report> studies) {
    return new Deliverables(built.scenario(), built.comparison(), built.compare(),
        built.audit(), built.sheets(), built.charts(), built.checkpoint(),
        built.requirements(), studies);
  }

  @Test
  void deckAndDrawings_neverRunTheStudies() throws Exception {
    Recording r = new Recording();
    Deliverables d = with(Deliverables.studies(scenario, catalog, r));
    VisualFormat.PPTX.writeFile(d, new ByteArrayOutputStream());
    for (VisualFormat.Drawing dr : VisualFormat.SVG.drawings(d)) {
      dr.bytes().get();
    }
    assertThat(r.ran).isEmpty();
  }

  @Test
  void html_runsEachStudyOnce_howeverOftenRendered() {
    Recording r = new Recording();
    Deliverables d = with(Deliverables.studies(scenario, catalog, r));
    String first = HtmlReport.render(d);
    String second = HtmlReport.render(d);
    assertThat(r.ran).containsExactly("optimize ", "sites ",
        "simulate --replications=2 --no-timing");
    assertThat(second).isEqualTo(first);
    assertThat(first).contains("Study optimize of " + scenario.name() + ".",
        "Study sites of " + scenario.name() + ".");
  }

  @Test
  void aFailingStudy_failsTheHtmlAtEachRender_notTheDeck() throws Exception {
    Commands failing = new Recording() {
      @Override
      public Report run(String command, List<String> args, Catalog c, Scenario s) {
        throw new InputException("optimize: search budget spent");
      }
    };
    Deliverables d = with(Deliverables.studies(scenario, catalog, failing));
    VisualFormat.PPTX.writeFile(d, new ByteArrayOutputStream());
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> HtmlReport.render(d)).isInstanceOf(InputException.class)
          .hasMessage("optimize: search budget spent");
    }
  }
}
