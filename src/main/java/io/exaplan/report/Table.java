package io.exaplan.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A format-neutral table: what every reporter renders. Values are Numbers (in the column's unit),
 * Strings, Booleans or null. {@link Layout} says how a page lays it out; files with cells (CSV,
 * XLSX) always keep one row per record.
 */
public record Table(String id, String title, Layout layout, List<Column> columns,
    List<List<Object>> rows) {

  /** How text formats lay a table out. */
  public enum Layout {
    /** One line per row. */
    ROWS,
    /** Transposed: one column per row (options side by side), one line per column. */
    SIDE_BY_SIDE,
    /** One block per row, for long text. */
    BLOCKS
  }

  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(id + ": row has " + r.size() + " cells, expected "
            + columns.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** Index of a column key, or -1. */
  public int indexOf(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Incremental construction, row by row. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final Layout layout;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public Builder(String id, String title, Layout layout, List<Column> columns) {
      this.id = id;
      this.title = title;
      this.layout = layout;
      this.columns = columns;
    }

    public Builder row(Object... cells) {
      rows.add(java.util.Arrays.asList(cells));
      return this;
    }

    public Table build() {
      return new Table(id, title, layout, columns, rows);
    }
  }
}
