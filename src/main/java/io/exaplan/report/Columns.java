package io.exaplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table's columns, each declared with the function that reads its cell from one record, as
 * Caffeine's simulator pairs a metric's name with its value. A new field is one line
 * ({@code .count("racks", "Racks", o -> o.space().racks())}), and a cell cannot land under the
 * wrong header, because there is no second, positional list of values to keep in step.
 *
 * <p>Immutable: each method returns a longer copy, so shared column sets (the metrics of every
 * option, the plan columns of both outage tables) can be constants and extended safely.
 *
 * @param <T> the record one row is read from
 */
public final class Columns<T> {
  private final List<Column> columns;
  private final List<Function<? super T, ?>> values;

  private Columns(List<Column> columns, List<Function<? super T, ?>> values) {
    this.columns = List.copyOf(columns);
    this.values = List.copyOf(values);
  }

  /** No columns yet: {@code Columns.<Option>of().text(...)...}. */
  public static <T> Columns<T> of() {
    return new Columns<>(List.of(), List.of());
  }

  /** This set with {@code column} appended, its cell read by {@code value}. */
  public Columns<T> add(Column column, Function<? super T, ?> value) {
    for (Column c : columns) {
      if (c.key().equals(column.key())) {
        throw new IllegalArgumentException("column '" + column.key() + "' declared twice");
      }
    }
    List<Column> c = new ArrayList<>(columns);
    c.add(column);
    List<Function<? super T, ?>> v = new ArrayList<>(values);
    v.add(value);
    return new Columns<>(c, v);
  }

  /** A text column (left-aligned, shown as given). */
  public Columns<T> text(String key, String header, Function<? super T, ?> value) {
    return add(Column.text(key, header), value);
  }

  /** A yes/no column. */
  public Columns<T> flag(String key, String header, Predicate<? super T> value) {
    return add(Column.text(key, header), r -> value.test(r) ? "yes" : "no");
  }

  /** A whole number without a unit. */
  public Columns<T> count(String key, String header, Function<? super T, ? extends Number> value) {
    return add(Column.count(key, header), value);
  }

  /** A number in {@code unit}, shown with {@code decimals} decimals. */
  public Columns<T> number(String key, String header, String unit, int decimals,
      Function<? super T, ? extends Number> value) {
    return add(Column.number(key, header, unit, decimals), value);
  }

  /**
   * A number the workbook recomputes from other columns ({@code formula} over their keys, e.g.
   * "{usablePB}/{racks}"); {@code value} gives the same figure for every other format.
   */
  public Columns<T> derived(String key, String header, String unit, int decimals, String formula,
      Function<? super T, ? extends Number> value) {
    return add(Column.number(key, header, unit, decimals).withFormula(formula), value);
  }

  /** This set followed by {@code tail}'s columns, read from the same record. */
  public Columns<T> then(Columns<? super T> tail) {
    Columns<T> out = this;
    for (int i = 0; i < tail.columns.size(); i++) {
      out = out.add(tail.columns.get(i), tail.values.get(i));
    }
    return out;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The cells of {@code record}, in column order. */
  public List<Object> cells(T record) {
    List<Object> out = new ArrayList<>(values.size());
    for (Function<? super T, ?> v : values) {
      out.add(v.apply(record));
    }
    return out;
  }

  /** An empty table of these columns, to add records (and keyed summary lines) to. */
  public Rows rows(String id, String title, Table.Layout layout) {
    return new Rows(new Table.Builder(id, title, layout, columns));
  }

  /** A table of one row per record, in the order given. */
  public Table table(String id, String title, Table.Layout layout,
      Iterable<? extends T> records) {
    return rows(id, title, layout).addAll(records).build();
  }

  /** A table of one record (a side-by-side summary). */
  public Table table(String id, String title, Table.Layout layout, T record) {
    return rows(id, title, layout).add(record).build();
  }

  /** A table under construction: records read through the columns, and keyed lines. */
  public final class Rows {
    private final Table.Builder table;

    private Rows(Table.Builder table) {
      this.table = table;
    }

    public Rows add(T record) {
      table.cells(cells(record));
      return this;
    }

    public Rows addAll(Iterable<? extends T> records) {
      for (T r : records) {
        add(r);
      }
      return this;
    }

    /**
     * A line that is not one of the records (a total, a share): cells named by column key, the
     * rest empty.
     */
    public Table.Builder.Line line() {
      return table.line();
    }

    public Table build() {
      return table.build();
    }
  }
}
