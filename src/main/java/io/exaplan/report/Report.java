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

  /**
   * This report with only the table {@code id} (the CLI's {@code --table}: a CSV of the cabling
   * bill of materials is {@code compare --table bom --format csv}); an unknown id names the ids.
   */
  public Report only(String id) {
    for (Table t : tables) {
      if (t.id().equals(id)) {
        return new Report(title, subtitle, json, List.of(t), date);
      }
    }
    throw new io.exaplan.config.InputException("--table: '" + io.exaplan.config.Echo.line(id)
        + "' is not a table of " + title
        + "; expected one of: " + String.join(", ", tables.stream().map(Table::id).toList()));
  }

  /** The table with id {@code id}; renderers pick tables by id, never by position. */
  public Table table(String id) {
    return Table.named(tables, id, title);
  }
}
