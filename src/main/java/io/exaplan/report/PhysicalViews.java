package io.exaplan.report;

import io.exaplan.design.Option;
import io.exaplan.layout.Bom;
import io.exaplan.layout.Physical;
import java.util.List;

/**
 * The physical checks per rack and the cabling bill of materials of each option with devices
 * (the cloud baseline's internals are not modelled), as tables every format renders: the compare
 * and size reports, the workbook, the HTML report (docs/model.md, "Physical checks per rack").
 * The figures are the options' own ({@link Physical}); the workbook recomputes the derived ones.
 */
public final class PhysicalViews {
  private PhysicalViews() {}

  static final List<Column> PHYSICAL = List.of(
      Column.text("id", "Option"),
      Column.count("racks", "Racks"),
      Column.count("racksWithoutRule", "Racks without the rack-loss rule"),
      Column.count("pdusPerRack", "PDUs per rack (feeds A and B)"),
      Column.number("feedKW", "Feed rating", "kW", 2),
      Column.number("worstRackKW", "Worst rack, maximum draw", "kW", 2),
      Column.text("feedsOk", "One feed carries the worst rack"),
      Column.number("heatBtuh", "Worst rack heat", "BTU/h", 0)
          .withFormula("{worstRackKW}*1000*3.412142"),
      Column.number("airKW", "Air-cooling limit per rack", "kW", 1),
      Column.text("coolingOk", "Air cooling suffices"),
      Column.number("worstRackKg", "Heaviest rack", "kg", 1),
      Column.number("footprintM2", "Rack footprint", "m2", 2),
      Column.number("kgPerM2", "Heaviest rack on its footprint", "kg/m2", 0)
          .withFormula("{worstRackKg}/{footprintM2}"),
      Column.number("floorKgPerM2", "Floor loading limit", "kg/m2", 0),
      Column.text("floorOk", "Floor carries it"),
      Column.count("mostDboxes", "Most enclosures in one rack"),
      Column.count("mostStrips", "Most strips of a stripe in one rack"),
      Column.count("parity", "Parity strips"),
      Column.text("survivesRackLoss", "Data available after losing a rack"));

  static final List<Column> BOM = List.of(
      Column.text("id", "Option"),
      Column.text("kind", "Kind"),
      Column.text("item", "Item"),
      Column.number("gbps", "Speed", "Gb/s", 0),
      Column.count("count", "Count"));

  /** One row per option with devices: its worst rack against each limit, its rack-loss verdict. */
  public static Table physical(List<Option> options) {
    Table.Builder t = new Table.Builder("physical", "Physical checks per rack",
        Table.Layout.SIDE_BY_SIDE, PHYSICAL);
    for (Option o : options) {
      Physical p = o.physical();
      if (p.pdusPerRack() == null) {
        continue;
      }
      t.row(o.id(), o.space().racks(), p.racksWithoutRackLossRule(), p.pdusPerRack(),
          p.feedRatingWatts() / 1e3, p.worstRackWatts() / 1e3, yes(p.feedsOk()),
          p.worstRackHeatBtuPerHour(), p.airCoolingLimitWatts() / 1e3, yes(p.coolingOk()),
          p.worstRackKg(), p.rackFootprintSquareMetres(), p.worstRackKgPerSquareMetre(),
          p.floorLoadingKgPerSquareMetre(), yes(p.floorOk()), p.mostDboxesInOneRack(),
          p.mostStripsInOneRack(), o.capacity().parityStrips(), yes(p.survivesRackLoss()));
    }
    return t.build();
  }

  /** Per option with devices: its cables by kind and speed, then its optics by speed. */
  public static Table bom(List<Option> options) {
    Table.Builder t = new Table.Builder("bom", "Cabling bill of materials", Table.Layout.ROWS,
        BOM);
    for (Option o : options) {
      Bom b = o.physical().cablingBom();
      if (b == null) {
        continue;
      }
      for (Bom.Line l : b.cables()) {
        t.row(o.id(), "cable", l.item(), l.bitsPerSec() / 1e9, l.count());
      }
      for (Bom.Optic op : b.optics()) {
        t.row(o.id(), "optic", Bom.gig(op.bitsPerSec()) + " transceiver", op.bitsPerSec() / 1e9,
            op.count());
      }
    }
    return t.build();
  }

  private static String yes(Boolean b) {
    return b == null ? null : b ? "yes" : "no";
  }
}
