package io.exaplan.report;

import java.util.List;

/**
 * What a command produces, before formatting: a title, the object the JSON contract serialises,
 * and the tables every other format renders; {@code date} is the scenario's date ("2025-10-30"),
 * which dates the office files (null when the report has no scenario).
 */
public record Report(String title, String subtitle, Object json, List<Table> tables,
    String date) {
  public Report {
    tables = List.copyOf(tables);
  }

  public Report(String title, String subtitle, Object json, List<Table> tables) {
    this(title, subtitle, json, tables, null);
  }

  /** This report, dated {@code scenarioDate}. */
  public Report dated(String scenarioDate) {
    return new Report(title, subtitle, json, tables, scenarioDate);
  }

  /** The table with id {@code id}; renderers pick tables by id, never by position. */
  public Table table(String id) {
    return Table.named(tables, id, title);
  }
}
