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

  /** The table with id {@code id} among {@code tables}; {@code owner} names them in the error. */
  public static Table named(List<Table> tables, String id, String owner) {
    for (Table t : tables) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException(owner + " has no table '" + id + "'");
  }

  /** The column with key {@code key}; a key the table lacks is a programming error. */
  public Column column(String key) {
    int i = indexOf(key);
    if (i < 0) {
      throw new IllegalArgumentException(id + ": no column '" + key + "'");
    }
    return columns.get(i);
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

  /**
   * The table turned a quarter, as a side-by-side layout shows it: the first column's header in
   * the corner, each record's first cell (as a person sees it) heading a column, and one line per
   * other column with every record's value. The one transposition every renderer lays out.
   */
  public Transposed transposed() {
    Column first = columns.get(0);
    List<String> heads = new ArrayList<>();
    for (List<Object> r : rows) {
      heads.add(Cells.display(first, r.get(0)));
    }
    List<Transposed.Line> lines = new ArrayList<>();
    for (int c = 1; c < columns.size(); c++) {
      List<Object> values = new ArrayList<>();
      for (List<Object> r : rows) {
        values.add(r.get(c));
      }
      lines.add(new Transposed.Line(columns.get(c), values));
    }
    return new Transposed(first.header(), heads, lines);
  }

  /**
   * A side-by-side table: {@code corner} over the line titles, {@code heads} over the records'
   * columns, {@code lines} one per field.
   */
  public record Transposed(String corner, List<String> heads, List<Line> lines) {
    public Transposed {
      heads = List.copyOf(heads);
      lines = List.copyOf(lines);
    }

    /** One field across the records; values may be null. */
    public record Line(Column column, List<Object> values) {
      public Line {
        values = Collections.unmodifiableList(new ArrayList<>(values));
      }

      /** Each value as a person sees it. */
      public List<String> shown() {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
          out.add(Cells.display(column, v));
        }
        return out;
      }
    }

    /** The line of column {@code key}. */
    public Line line(String key) {
      for (Line l : lines) {
        if (l.column().key().equals(key)) {
          return l;
        }
      }
      throw new IllegalArgumentException("no line '" + key + "'");
    }
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
