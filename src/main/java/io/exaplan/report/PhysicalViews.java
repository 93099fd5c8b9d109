package io.exaplan.report;

import io.exaplan.design.Option;
import io.exaplan.layout.Bom;
import io.exaplan.layout.Physical;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical checks per rack and the cabling bill of materials of each option with devices
 * (the cloud baseline's internals are not modelled), as tables every format renders: the compare
 * and size reports, the workbook, the HTML report (docs/model.md, "Physical checks per rack").
 * The figures are the options' own ({@link Physical}); the workbook recomputes the derived ones.
 */
public final class PhysicalViews {
  private PhysicalViews() {}

  /** The worst rack of one option against each limit, and its rack-loss verdict. */
  static final Columns<Option> PHYSICAL = Columns.<Option>of()
      .text("id", "Option", Option::id)
      .count("racks", "Racks", o -> o.space().racks())
      .count("racksWithoutRule", "Racks without the rack-loss rule",
          o -> o.physical().racksWithoutRackLossRule())
      .count("pdusPerRack", "PDUs per rack (feeds A and B)", o -> o.physical().pdusPerRack())
      .number("feedKW", "Feed rating", "kW", 2, o -> o.physical().feedRatingWatts() / 1e3)
      .number("worstRackKW", "Worst rack, maximum draw", "kW", 2,
          o -> o.physical().worstRackWatts() / 1e3)
      .flag("feedsOk", "One feed carries the worst rack", o -> o.physical().feedsOk())
      .derived("heatBtuh", "Worst rack heat", "BTU/h", 0, "{worstRackKW}*1000*3.412142",
          o -> o.physical().worstRackHeatBtuPerHour())
      .number("airKW", "Air-cooling limit per rack", "kW", 1,
          o -> o.physical().airCoolingLimitWatts() / 1e3)
      .flag("coolingOk", "Air cooling suffices", o -> o.physical().coolingOk())
      .number("worstRackKg", "Heaviest rack", "kg", 1, o -> o.physical().worstRackKg())
      .number("footprintM2", "Rack footprint", "m2", 2,
          o -> o.physical().rackFootprintSquareMetres())
      .derived("kgPerM2", "Heaviest rack on its footprint", "kg/m2", 0,
          "{worstRackKg}/{footprintM2}", o -> o.physical().worstRackKgPerSquareMetre())
      .number("floorKgPerM2", "Floor loading limit", "kg/m2", 0,
          o -> o.physical().floorLoadingKgPerSquareMetre())
      .text("floorOk", "Floor carries it", o -> yes(o.physical().floorOk()))
      .count("mostDboxes", "Most enclosures in one rack", o -> o.physical().mostDboxesInOneRack())
      .count("mostStrips", "Most strips of a stripe in one rack",
          o -> o.physical().mostStripsInOneRack())
      .count("parity", "Parity strips", o -> o.capacity().parityStrips())
      .flag("survivesRackLoss", "Data available after losing a rack",
          o -> o.physical().survivesRackLoss());

  /** One line of a bill of materials, with the option it belongs to. */
  record Item(String option, String kind, String item, double bitsPerSec, long count) {}

  static final Columns<Item> BOM = Columns.<Item>of()
      .text("id", "Option", Item::option)
      .text("kind", "Kind", Item::kind)
      .text("item", "Item", Item::item)
      .number("gbps", "Speed", "Gb/s", 0, i -> i.bitsPerSec() / 1e9)
      .count("count", "Count", Item::count);

  /** One row per option with devices. */
  public static Table physical(List<Option> options) {
    return PHYSICAL.table("physical", "Physical checks per rack", Table.Layout.SIDE_BY_SIDE,
        options.stream().filter(o -> o.physical().pdusPerRack() != null).toList());
  }

  /** Per option with devices: its cables by kind and speed, then its optics by speed. */
  public static Table bom(List<Option> options) {
    List<Item> items = new ArrayList<>();
    for (Option o : options) {
      Bom b = o.physical().cablingBom();
      if (b == null) {
        continue;
      }
      for (Bom.Line l : b.cables()) {
        items.add(new Item(o.id(), "cable", l.item(), l.bitsPerSec(), l.count()));
      }
      for (Bom.Optic op : b.optics()) {
        items.add(new Item(o.id(), "optic", Bom.gig(op.bitsPerSec()) + " transceiver",
            op.bitsPerSec(), op.count()));
      }
    }
    return BOM.table("bom", "Cabling bill of materials", Table.Layout.ROWS, items);
  }

  private static String yes(Boolean b) {
    return b == null ? null : b ? "yes" : "no";
  }
}
