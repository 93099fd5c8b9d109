package io.exaplan.report;

import java.util.ArrayList;
import java.util.Arrays;
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
      rows.add(Arrays.asList(cells));
      return this;
    }

    /** A row of {@code cells}, in column order. */
    public Builder cells(List<?> cells) {
      rows.add(new ArrayList<>(cells));
      return this;
    }

    /** A row whose cells are named by column key; unnamed cells are empty. */
    public Line line() {
      return new Line();
    }

    /** One keyed row; {@link #done()} adds it. */
    public final class Line {
      private final Object[] cells = new Object[columns.size()];
      private final boolean[] set = new boolean[columns.size()];

      private Line() {}

      /** The cell under column {@code key}; a key the table lacks is a programming error. */
      public Line put(String key, Object value) {
        int i = -1;
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c).key().equals(key)) {
            i = c;
          }
        }
        if (i < 0 || set[i]) {
          throw new IllegalArgumentException(id + ": " + (i < 0 ? "no column '" + key + "'"
              : "column '" + key + "' set twice"));
        }
        cells[i] = value;
        set[i] = true;
        return this;
      }

      public Builder done() {
        rows.add(Arrays.asList(cells.clone()));
        return Builder.this;
      }
    }

    public Table build() {
      return new Table(id, title, layout, columns, rows);
    }
  }
}
