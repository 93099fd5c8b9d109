package io.exaplan.layout;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.exaplan.config.Dimension;
import io.exaplan.packing.RackLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The physical checks of one placement, each on the plan's worst rack (docs/model.md, "Physical
 * checks per rack"): either power feed against the rack's maximum draw, that draw as heat
 * against the air-cooling limit, the rack's weight over its footprint against the floor, what
 * losing the rack does to the stripes, and the cabling bill of materials. Every figure comes
 * from the racks of a {@link RackPlan} (the layout engine's placement), one function per concept
 * below, so the compare JSON, the tables, the workbook and the NetBox export agree. Null figures:
 * not modelled (the cloud baseline) or not known (a device without a catalog weight).
 */
@JsonPropertyOrder({"pdusPerRack", "feedRatingWatts", "worstRackWatts", "feedsOk",
    "worstRackHeatBtuPerHour", "airCoolingLimitWatts", "coolingOk", "worstRackKg",
    "rackFootprintSquareMetres", "worstRackKgPerSquareMetre", "floorLoadingKgPerSquareMetre",
    "floorOk", "mostDboxesInOneRack", "mostStripsInOneRack", "survivesRackLoss",
    "surviveRackLossRule", "racksWithoutRackLossRule", "cablingBom"})
public record Physical(
    Integer pdusPerRack,
    Double feedRatingWatts,
    Double worstRackWatts,
    Boolean feedsOk,
    Double worstRackHeatBtuPerHour,
    Double airCoolingLimitWatts,
    Boolean coolingOk,
    Double worstRackKg,
    Double rackFootprintSquareMetres,
    Double worstRackKgPerSquareMetre,
    Double floorLoadingKgPerSquareMetre,
    Boolean floorOk,
    Integer mostDboxesInOneRack,
    Integer mostStripsInOneRack,
    Boolean survivesRackLoss,
    Boolean surviveRackLossRule,
    Integer racksWithoutRackLossRule,
    Bom cablingBom) {

  /** Two PDUs per rack, one on each feed (A and B), as the NetBox export draws them. */
  public static final int PDUS_PER_RACK = 2;
  /** BTU per hour in one watt (1 W = 3.412142 BTU/h, the international-table BTU). */
  public static final double BTU_PER_HOUR_PER_WATT = 3.412142;

  /** Nothing physical is modelled (the cloud baseline: its internals are not public). */
  public static Physical none() {
    return new Physical(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  /** What a rack holds and weighs: per-model device weights and the rack's own. */
  public record Masses(ToDoubleFunction<String> deviceKg, double rackKg,
      double footprintSquareMetres) {}

  /**
   * The masses of {@code d}'s devices and rack from catalog {@code c}: each device's {@code
   * netbox.<id>.weightKg} (NaN when the catalog gives none) and the rack's own weight and
   * footprint. The physical checks and the NetBox export's rack weights both read this.
   */
  public static Masses masses(io.exaplan.catalog.Catalog c, io.exaplan.sizing.Design d) {
    return new Masses(model -> c.netboxName(model) == null ? Double.NaN
        : c.netboxName(model).weightKg(), d.rack().weightKg(), d.rack().footprintSquareMetres());
  }

  /** The stripe of the design: width (data + parity), parity, enclosures. */
  public record Stripe(int data, int parity, int enclosures) {}

  /**
   * The checks of {@code plan} under {@code rules}. {@code racksWithoutRule} is the layout
   * engine's count without the rack-loss rule (null when the rule is off).
   */
  public static Physical of(RackPlan plan, RackRules rules, Masses m, Stripe stripe,
      Integer racksWithoutRule, Bom bom) {
    double worstW = 0;
    double worstKg = 0;
    int mostBoxes = 0;
    for (Rack r : plan.racks()) {
      worstW = Math.max(worstW, maxWatts(r));
      worstKg = Math.max(worstKg, kg(r, m));
      mostBoxes = Math.max(mostBoxes, r.count(Role.DBOX));
    }
    double feed = rules.feed().ratingWatts();
    Double kg = Double.isNaN(worstKg) ? null : worstKg;
    Double area = m.footprintSquareMetres() > 0 ? m.footprintSquareMetres() : null;
    Double perM2 = kg == null || area == null ? null : kg / area;
    double floor = rules.floorLoadingKgPerSquareMetre();
    int width = stripe.data() + stripe.parity();
    int strips = RackLoss.mostStrips(width, stripe.enclosures(), mostBoxes);
    return new Physical(PDUS_PER_RACK, feed, worstW, worstW <= feed,
        heatBtuPerHour(worstW), rules.airCoolingLimitWatts(),
        worstW <= rules.airCoolingLimitWatts(), kg, area, perM2, floor,
        perM2 == null ? null : perM2 <= floor, mostBoxes, strips, strips <= stripe.parity(),
        rules.surviveRackLoss(), racksWithoutRule, bom);
  }

  /**
   * The checks in words, for a design's notes (docs/model.md, "Physical checks per rack"): feeds,
   * cooling, weight, rack loss and, when the rule is on ({@link #racksWithoutRackLossRule}), what
   * the rack-loss rule costs. Beside the figures it explains, so the prose and the figures
   * cannot drift apart.
   *
   * @param rackKg the empty rack's own weight
   * @param dataStrips data strips of the design's stripe; {@code parity} its parity strips
   * @param maxDboxesPerRack the rack-loss rule's enclosures per rack
   * @param racks the design's racks (under the rule when it is on)
   */
  public List<String> notes(RackRules rules, double rackKg, int dataStrips, int parity,
      int maxDboxesPerRack, int racks) {
    List<String> notes = new ArrayList<>();
    RackRules.Feed f = rules.feed();
    notes.add("Feeds: the worst rack draws up to " + human(worstRackWatts(), Dimension.POWER)
        + " (its devices' maximum draws); each of its " + pdusPerRack() + " feeds (A and B, a "
        + "PDU each: " + f.volts() + " V " + f.phase().key() + " " + f.amps() + " A at "
        + f.utilizationPercent() + "% = " + human(feedRatingWatts(), Dimension.POWER)
        + ") must carry it alone: " + (feedsOk() ? "it does" : "it does not, by "
            + human(worstRackWatts() - feedRatingWatts(), Dimension.POWER)) + ".");
    notes.add("Cooling: that rack gives off " + human(worstRackWatts(), Dimension.POWER) + " = "
        + String.format(Locale.ROOT, "%,.0f", worstRackHeatBtuPerHour())
        + " BTU/h (1 W = 3.412142 BTU/h), " + (coolingOk() ? "within" : "above") + " the "
        + human(airCoolingLimitWatts(), Dimension.POWER) + " air-cooling limit per rack.");
    if (worstRackKg() == null) {
      notes.add("Weight: not known (the catalog gives no weightKg for a device or the rack).");
    } else if (worstRackKgPerSquareMetre() == null) {
      notes.add("Weight: the heaviest rack weighs " + String.format(Locale.ROOT,
          "%,.1f", worstRackKg()) + " kg; floor loading not known (the catalog gives no "
          + "rack footprint).");
    } else {
      notes.add("Weight: the heaviest rack weighs " + String.format(Locale.ROOT,
          "%,.1f kg (%s kg rack + devices) on %s m2 = %,.0f kg/m2, %s the floor's %,.0f kg/m2 "
              + "(%s kPa).", worstRackKg(), sig(rackKg),
          sig(rackFootprintSquareMetres()), worstRackKgPerSquareMetre(),
          floorOk() ? "within" : "above", floorLoadingKgPerSquareMetre(),
          sig(rules.floorLoadingPascals() / 1e3)));
    }
    notes.add("Rack loss: up to " + mostDboxesInOneRack() + " enclosure"
        + (mostDboxesInOneRack() == 1 ? "" : "s") + " in one rack hold up to "
        + mostStripsInOneRack() + " strips of a " + dataStrips + "+"
        + parity + " stripe, so losing a rack "
        + (survivesRackLoss() ? "loses no data (" + parity
            + " parity strips)" : "makes data unavailable (more than the "
            + parity + " parity strips) until the rack is back") + ".");
    Integer without = racksWithoutRackLossRule();
    if (without != null) {
      notes.add("Rack-loss rule (surviveRackLoss): at most " + maxDboxesPerRack
          + " enclosures per rack: " + racks + " racks, " + (racks - without)
          + " more than the " + without + " without the rule.");
    }
    return notes;
  }

  /**
   * A rack's maximum draw, the sum of its devices' maximum (nameplate) draws: what one feed
   * must carry when the other fails, and the most heat the rack gives off.
   */
  public static double maxWatts(Rack r) {
    double w = 0;
    for (Device d : r.devices()) {
      w += d.maxWatts();
    }
    return w;
  }

  /** Heat of {@code watts} in BTU per hour: every watt a rack draws leaves it as heat. */
  public static double heatBtuPerHour(double watts) {
    return watts * BTU_PER_HOUR_PER_WATT;
  }

  /** A rack's weight: the rack itself plus its devices (NaN when a weight is not known). */
  public static double kg(Rack r, Masses m) {
    double kg = m.rackKg();
    for (Device d : r.devices()) {
      kg += m.deviceKg().applyAsDouble(d.model());
    }
    return kg;
  }
}
