package io.exaplan.layout;

import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The data hall a site offers: {@code rows} rows of {@code racksPerRow} floor positions, one rack
 * per position, with hot and cold aisles between the rows. The meeting drew racks in a "15 x 9"
 * cell; this is that cell as a constraint. Positions can be taken out ({@code reserved}: columns,
 * cooling units, a PDU); one row can be named the network row, where the racks holding the spine
 * switches go ({@link FloorPlan}).
 *
 * <p>Aisles are numbered 0..rows: aisle k runs between row k and row k + 1 (aisle 0 in front of
 * row 1, aisle rows behind the last). Aisle 1 is {@code firstAisle}; they alternate from there, so
 * every row stands between a cold aisle (its racks' fronts, the air intake) and a hot aisle (their
 * backs, the exhaust).
 *
 * @param networkRow the row the spine racks are centred on; null: the middle row
 * @param reserved positions no rack may take, in the order given
 */
public record Hall(int rows, int racksPerRow, Aisle firstAisle, Integer networkRow,
    List<Position> reserved) {

  /** Largest rows and racks per row accepted: a 100 x 100 hall is 10,000 racks. */
  public static final int MAX_SIDE = 100;

  /** Which air an aisle carries. */
  public enum Aisle {
    COLD, HOT;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    Aisle other() {
      return this == COLD ? HOT : COLD;
    }

    static Aisle parse(String s) {
      for (Aisle a : values()) {
        if (a.key().equals(s)) {
          return a;
        }
      }
      return null;
    }
  }

  /** One floor position: row 1..rows, position 1..racksPerRow along the row. */
  public record Position(int row, int position) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      return row != o.row ? Integer.compare(row, o.row) : Integer.compare(position, o.position);
    }

    /** "row 3, position 7". */
    public String describe() {
      return "row " + row + ", position " + position;
    }
  }

  public Hall {
    reserved = List.copyOf(reserved);
  }

  /** Positions a rack may take: rows x racks per row, less the reserved ones. */
  public int positions() {
    return rows * racksPerRow - reserved.size();
  }

  /** Whether {@code racks} racks, one per position, fit the hall. */
  public boolean fits(int racks) {
    return racks <= positions();
  }

  /** The air of aisle {@code k} (0..rows): {@code firstAisle} for odd k, the other for even. */
  public Aisle aisle(int k) {
    return k % 2 == 1 ? firstAisle : firstAisle.other();
  }

  /** The row the network (spine) racks are centred on: {@code networkRow}, else the middle. */
  public double centreRow() {
    return networkRow != null ? networkRow : (rows + 1) / 2.0;
  }

  /** The middle of a row, in positions. */
  public double centrePosition() {
    return (racksPerRow + 1) / 2.0;
  }

  public boolean isReserved(int row, int position) {
    return reserved.contains(new Position(row, position));
  }

  /** "9 rows x 15 racks, 135 positions (2 reserved)". */
  public String describe() {
    return rows + (rows == 1 ? " row" : " rows") + " x " + racksPerRow
        + (racksPerRow == 1 ? " rack" : " racks") + ", " + positions() + " positions"
        + (reserved.isEmpty() ? "" : " (" + reserved.size() + " reserved)");
  }

  /**
   * The {@code key} section of a scenario or site ({@code hall: {rows, racksPerRow, firstAisle,
   * networkRow, reserved: [{row, position}]}}), or {@code fallback} when absent. Every problem
   * is recorded at its line and column.
   */
  public static Hall bind(Fields parent, String key, Hall fallback) {
    if (!parent.has(key)) {
      return fallback;
    }
    Fields f = parent.map(key);
    int rows = f.count("rows", null, 1, MAX_SIDE);
    int per = f.count("racksPerRow", null, 1, MAX_SIDE);
    String aisleText = f.text("firstAisle", Aisle.COLD.key());
    Aisle aisle = Aisle.parse(aisleText);
    if (aisle == null) {
      f.problem("firstAisle", "'" + aisleText + "' is not cold or hot");
      aisle = Aisle.COLD;
    }
    Integer network = null;
    if (f.has("networkRow")) {
      network = f.count("networkRow", null, 1, MAX_SIDE);
      if (rows > 0 && network > rows) {
        f.problem("networkRow", "must be a row of the hall, 1 to " + rows + ", got " + network);
        network = null;
      } else if (network == 0) {
        network = null;
      }
    }
    List<Position> reserved = new ArrayList<>();
    Set<Position> seen = new HashSet<>();
    List<Node> items = f.list("reserved");
    for (int i = 0; i < items.size(); i++) {
      Fields g = Fields.of(items.get(i), f.pathOf("reserved") + "[" + i + "]", f.problems());
      int row = g.count("row", null, 1, MAX_SIDE);
      int pos = g.count("position", null, 1, MAX_SIDE);
      g.finish();
      if (row == 0 || pos == 0) {
        continue;
      }
      if (rows > 0 && row > rows) {
        g.problem("row", "must be a row of the hall, 1 to " + rows + ", got " + row);
      } else if (per > 0 && pos > per) {
        g.problem("position", "must be a position of the row, 1 to " + per + ", got " + pos);
      } else if (!seen.add(new Position(row, pos))) {
        g.problem("row", "row " + row + ", position " + pos + " is reserved twice");
      } else {
        reserved.add(new Position(row, pos));
      }
    }
    f.finish();
    if (rows == 0 || per == 0) {
      return fallback;
    }
    return new Hall(rows, per, aisle, network, reserved);
  }
}
