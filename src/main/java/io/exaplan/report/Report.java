package io.exaplan.report;

import java.util.List;

/**
 * What a command produces, before formatting: a title, the object the JSON contract serialises,
 * and the tables every other format renders.
 */
public record Report(String title, String subtitle, Object json, List<Table> tables) {
  public Report {
    tables = List.copyOf(tables);
  }

  /** The table with id {@code id}; renderers pick tables by id, never by position. */
  public Table table(String id) {
    for (Table t : tables) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException(title + " has no table '" + id + "'");
  }
}
