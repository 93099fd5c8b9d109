package io.exaplan.design;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.GpuNodeModel;
import io.exaplan.catalog.GuidanceLevel;
import io.exaplan.catalog.Item;
import io.exaplan.catalog.RackModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.Figure;
import io.exaplan.config.InputException;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import io.exaplan.durability.DurabilityEngine;
import io.exaplan.durability.DurabilityParams;
import io.exaplan.layout.Bom;
import io.exaplan.layout.Physical;
import io.exaplan.layout.RackPlan;
import io.exaplan.layout.RackPlanner;
import io.exaplan.layout.RackRules;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.PowerBasis;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a sized flash design into an {@link Option}, with its arithmetic written out as notes. */
public final class Options {
  private Options() {}

  /**
   * The design a scenario implies for {@code dbox} x {@code dboxes} and {@code cnodes}. A rule
   * the design breaks because of a scenario key (its rack power limit below one device's draw,
   * its rack shorter than one device) is reported where the user wrote that key; a count the
   * design refuses keeps the design's own field name for the caller that gave the counts.
   */
  public static Design design(Scenario s, Catalog c, DBoxModel dbox, int dboxes, int cnodes) {
    fits(s, c, List.of(Map.entry("dboxes", dbox), Map.entry("cnodes", c.cnode(s.cnode())),
        Map.entry("switches", c.switchModel(s.switchModel()))));
    try {
      return Design.builder()
          .dbox(dbox, dboxes)
          .cnode(c.cnode(s.cnode()), cnodes)
          .switchModel(c.switchModel(s.switchModel()))
          .rack(c.rack(s.rack()), s.rackPowerLimitWatts())
          .powerBasis(s.powerBasis())
          .capacity(c.capacity())
          .fabric(c.fabric())
          .surviveRackLoss(s.rackRules().surviveRackLoss())
          .build();
    } catch (InputException e) {
      List<String> out = new ArrayList<>();
      for (String p : e.problems()) {
        String key = SCENARIO_KEYS.stream().filter(k -> p.startsWith(k + ": ")).findFirst()
            .orElse(null);
        out.addAll(key == null ? List.of(p)
            : s.problem(key, p.substring(key.length() + 2)).problems());
      }
      throw new InputException(out);
    }
  }

  /**
   * Enclosures of {@code box} that reach the scenario's usable target ({@link
   * SizingEngine#dboxesFor}); a target no design can reach is reported at the user's
   * targetUsable.
   */
  public static int dboxesFor(Scenario s, DBoxModel box, Catalog c) {
    try {
      return SizingEngine.dboxesFor(s.targetUsableBytes(), box, c.capacity());
    } catch (InputException e) {
      String p = e.problems().get(0);
      throw p.startsWith("targetUsable: ")
          ? s.problem("targetUsable", p.substring("targetUsable: ".length())) : e;
    }
  }

  /**
   * Each device must fit one rack, in power and in rack units: checked before the design is
   * built, so the problem is reported where the user wrote the side that broke it. A device
   * figure from the user's catalog (not the built-in one) is blamed at its own line; otherwise
   * the scenario's rackPowerLimit or rack, at the user's key or flag.
   */
  private static void fits(Scenario s, Catalog c, List<Map.Entry<String, ? extends Item>> devices) {
    RackModel rack = c.rack(s.rack());
    boolean max = s.powerBasis() == PowerBasis.MAX;
    Problems p = new Problems();
    for (Map.Entry<String, ? extends Item> e : devices) {
      Item d = e.getValue();
      String powerKey = max ? "powerMax" : "powerTypical";
      Figure power = d.figures().get(powerKey);
      if (power != null && power.value() > s.rackPowerLimitWatts()) {
        String what = sig(s.rackPowerLimitWatts() / 1e3) + " kW is below one " + d.id() + "'s "
            + s.powerBasis().key() + " draw of " + sig(power.value() / 1e3) + " kW";
        blame(p, s, "rackPowerLimit", what, power, e.getKey() + "." + d.id() + "." + powerKey,
            "one " + d.id() + " draws " + sig(power.value() / 1e3) + " kW ("
                + s.powerBasis().key() + "), more than the scenario's rackPowerLimit of "
                + sig(s.rackPowerLimitWatts() / 1e3) + " kW");
      }
      Figure units = d.figures().get("rackUnits");
      if (units != null && units.value() > rack.usableUnits()) {
        blame(p, s, "rack", rack.id() + " has " + rack.usableUnits() + " usable U, less than one "
            + d.id() + " (" + (int) units.value() + "U)", units,
            e.getKey() + "." + d.id() + ".rackUnits", (int) units.value() + "U is more than the "
                + rack.usableUnits() + " usable U of " + rack.id() + ", the scenario's rack");
      }
    }
    p.throwIfAny();
  }

  /** At the catalog figure when the user's catalog wrote it, else at the scenario's key. */
  private static void blame(Problems p, Scenario s, String key, String what,
      Figure figure, String figurePath, String whatAtFigure) {
    boolean userFigure = figure.at() != null && !figure.at().file().startsWith("built-in:");
    boolean userKey = !s.at(key).file().startsWith("built-in:");
    if (userFigure && !userKey) {
      p.add(figure.at(), figurePath, whatAtFigure);
    } else {
      p.add(s.at(key), key, what);
    }
  }

  /** The scenario keys whose values {@link Design}'s rules name. */
  private static final List<String> SCENARIO_KEYS = List.of("rackPowerLimit", "rack");

  /**
   * The design option {@code id} scales to the scenario's usable target: {@code dboxes} and
   * {@code cnodes} derive from targetUsable, so a count past what one design may hold ({@link
   * Design#MAX_COUNT}) is the target's problem, reported at the user's targetUsable.
   */
  public static Design scaled(String id, Scenario s, Catalog c, DBoxModel dbox, int dboxes,
      int cnodes) {
    int most = Math.max(dboxes, cnodes);
    if (dboxes < 0 || cnodes < 0 || most > Design.MAX_COUNT) {
      String what = dboxes < 0 || dboxes > Design.MAX_COUNT
          ? (dboxes < 0 ? "more than 2^31" : Units.grouped(dboxes))
              + " enclosures"
          : Units.grouped(cnodes) + " C-nodes";
      throw s.problem("targetUsable", human(s.targetUsableBytes(), Dimension.BYTES) + " needs "
          + what + " in " + id + ", more than the " + Units.grouped(Design.MAX_COUNT) + " one design may hold; expected a smaller target");
    }
    return design(s, c, dbox, dboxes, cnodes);
  }

  /**
   * GPUs a design serves when the user does not say: the fleet's when it holds the scenario's
   * usable target (as compare's scaled options), else one cluster's (as compare's pod).
   */
  public static long defaultGpus(Scenario s, Catalog c, DBoxModel dbox, int dboxes) {
    return Option.Capacity.meets(SizingEngine.usableBytes(dbox, dboxes, c.capacity()),
        s.targetUsableBytes()) ? s.gpus() : s.clusterGpus();
  }

  /** The {@code size} command's option: any enclosure model and C:D counts, serving {@code gpus}. */
  public static Option custom(Scenario s, Catalog c, DBoxModel dbox, int dboxes, int cnodes,
      long gpus) {
    return flash("custom", dboxes + " x " + dbox.id() + " + " + cnodes + " C-nodes", "custom",
        design(s, c, dbox, dboxes, cnodes), gpus, s, c, (z, g) -> List.of());
  }

  /**
   * The sizing behind a flash option, re-run from its counts (the same design gives the same
   * sizing), for drawings and exports that need the devices, not just the totals.
   */
  public static Sizing resize(Option o, Scenario s, Catalog c) {
    if (o.hardware().cnodes() == 0) {
      throw new InputException("--option: " + o.id() + " has no devices "
          + "(its internals are not modelled)");
    }
    Sizing z = SizingEngine.size(design(s, c, c.dbox(o.hardware().dboxModel()), o.hardware().dboxes(), o.hardware().cnodes()));
    if (z.racks() != o.space().racks()) {
      throw new IllegalStateException(o.id() + ": re-sized to " + z.racks()
          + " racks, option says " + o.space().racks());
    }
    return z;
  }

  /** Sizes {@code d} and describes it as option {@code id}. */
  public static Option flash(String id, String name, String family, Design d, long gpusServed,
      Scenario s, Catalog c, NoteMaker extraNotes) {
    Sizing z = SizingEngine.size(d);
    GuidanceLevel level = c.guidanceLevel(s.guidance());
    GuidanceCheck check = GuidanceCheck.of(level, gpusServed, z.readBytesPerSec(),
        z.writeBytesPerSec());
    double needRead = check.requiredReadBytesPerSec();
    double needWrite = check.requiredWriteBytesPerSec();

    List<String> notes = new ArrayList<>(explain(z));
    if (!check.meetsRead() || !check.meetsWrite()) {
      notes.add("Below " + level.id() + " guidance for " + gpusServed + " GPUs (" + sig(
          (double) gpusServed / level.suGpus()) + " SUs x " + human(level.readBytesPerSecPerSu(),
          Dimension.BYTE_RATE) + " read / " + human(level.writeBytesPerSecPerSu(),
          Dimension.BYTE_RATE) + " write = " + human(needRead, Dimension.BYTE_RATE) + " / "
          + human(needWrite, Dimension.BYTE_RATE) + "): "
          + (check.meetsRead() ? "" : "read short by " + human(needRead - z.readBytesPerSec(),
              Dimension.BYTE_RATE) + (check.meetsWrite() ? "" : "; "))
          + (check.meetsWrite() ? "" : "write short by " + human(
              needWrite - z.writeBytesPerSec(), Dimension.BYTE_RATE)) + ".");
    }
    if (d.cnodes() < s.limits().minCnodes(d.dboxes())) {
      notes.add("Below the C:D floor: " + d.cnodes() + " C-nodes for " + d.dboxes()
          + " enclosures, the scenario's minCnodesPerDbox " + sig(s.limits().minCnodesPerDbox())
          + " asks for " + s.limits().minCnodes(d.dboxes()) + ".");
    }
    if (!d.dbox().certified() || !d.cnode().certified()) {
      notes.add("Not NVIDIA-certified hardware (" + (d.dbox().certified() ? d.cnode().id()
          : d.dbox().id()) + "): acceptance risk for an NVIDIA-aligned deployment.");
    }
    notes.addAll(extraNotes.notes(z, check));
    Physical physical = physical(z, s, c, notes);

    List<Item> used = new ArrayList<>(List.of(d.cnode(), d.dbox(), d.switchModel(), d.rack(),
        d.capacity(), d.fabric(), level, c.durability().usedBy(d.dbox())));
    for (Item i : List.of(d.dbox(), d.cnode(), d.switchModel())) {
      if (c.netboxName(i.id()) != null) {
        used.add(c.netboxName(i.id())); // the device weights of the physical checks
      }
    }
    Option.Throughput storage = new Option.Throughput(z.readBytesPerSec(),
        z.writeBytesPerSec(), z.readBound(), z.writeBound(), new Option.Throughput.Terms(
            z.frontendReadBytesPerSec(), z.mediaReadBytesPerSec(), z.networkReadBytesPerSec(),
            z.frontendWriteBytesPerSec(), z.mediaWriteBytesPerSec(),
            z.networkWriteBytesPerSec()));
    GpuSide gpuSide = GpuSide.of(s.training().node(c), gpusServed, storage);
    Option.Throughput seen = gpuSide.bound(storage);
    notes.addAll(gpuSideNotes(gpuSide, c));
    return new Option(
        new Option.Identity(id, name, family, gpusServed, s.jobsFor(gpusServed)),
        new Option.Hardware(d.dbox().id(), d.dboxes(), d.cnode().id(), d.cnodes(),
            d.switchModel().id(), z.switches(), z.leafSwitches(), z.spineSwitches()),
        new Option.Capacity(z.rawBytes(), z.usableBytes(), z.usableRatio(), z.dataStrips(),
            d.capacity().parityStrips(), d.capacity().rule(),
            Option.Capacity.meets(z.usableBytes(), s.targetUsableBytes())),
        seen,
        Option.Remote.LOCAL,
        new Option.Space(z.nodeRackUnits(), z.switchRackUnits(), z.rackUnits(), z.racks(),
            z.rackBound(), z.spaceBoundRacks(), z.powerBoundRacks(), d.rackPowerLimitWatts(),
            z.rackCount().packingBound(), z.lowerBoundRacks()),
        new Option.Power(z.powerTypicalWatts(), z.powerMaxWatts()),
        new Option.Compliance(d.dbox().certified() && d.cnode().certified(), check),
        new Option.Commentary(notes, assumptions(c.assumptions(used), physical, s)),
        DurabilityEngine.flash(z, c.durability(), DurabilityParams.Overrides.NONE), gpuSide,
        GpuSides.restore(id, seen, gpusServed, s, c), physical,
        Option.Floor.of(s.limits().hall(), z.racks()));
  }

  /**
   * The most devices whose cables the bill of materials lists one by one (about 10 us each):
   * 50,000 covers 10 EB of the built-in designs; beyond it the BOM is left out, with a note.
   */
  static final long MAX_BOM_DEVICES = 50_000;

  /** The most racks the physical checks place device by device (100 EB of dense is ~6,000). */
  static final int MAX_PLACED_RACKS = 20_000;

  /**
   * The physical checks of {@code z}'s placement (layout engine) under the scenario's rack rules,
   * with their arithmetic ({@link Physical#notes}) added to {@code notes} (docs/model.md,
   * "Physical checks per rack").
   */
  static Physical physical(Sizing z, Scenario s, Catalog c,
      List<String> notes) {
    Design d = z.design();
    if (z.racks() > MAX_PLACED_RACKS) {
      notes.add("No physical checks per rack (feeds, cooling, weight, rack loss, cabling): the "
          + "design has " + Units.grouped(z.racks()) + " racks, "
          + "more than the " + Units.grouped(MAX_PLACED_RACKS)
          + " whose every device is placed (bounded work for any input).");
      return Physical.none();
    }
    RackPlan plan = RackPlanner.plan(z);
    RackRules rules = s.rackRules();
    Physical.Masses masses = Physical.masses(c, d);
    Integer without = d.surviveRackLoss()
        ? SizingEngine.size(d.withoutRackLossRule()).racks() : null;
    Bom bom = null;
    long devices = (long) d.dboxes() + d.cnodes() + z.switches();
    if (devices > MAX_BOM_DEVICES) {
      notes.add("No cabling bill of materials: the design has " + Units.grouped(devices) + " devices, more than the "
          + Units.grouped(MAX_BOM_DEVICES) + " whose every cable "
          + "is listed (bounded work for any input).");
    } else {
      try {
        bom = Bom.of(d, plan);
      } catch (InputException e) {
        notes.add("No cabling bill of materials: " + e.getMessage() + ".");
      }
    }
    Physical p = Physical.of(plan, rules, masses,
        new Physical.Stripe(z.dataStrips(), d.capacity().parityStrips(),
            d.dboxes()), without, bom);
    notes.addAll(p.notes(rules, d.rack().weightKg(), z.dataStrips(), d.capacity().parityStrips(),
        d.maxDboxesPerRack(), z.racks()));
    return p;
  }

  /**
   * The catalog figures an option used, then the floor rating's source when its racks were
   * weighed against the scenario's built-in floor.
   */
  private static List<String> assumptions(List<String> catalog, Physical p, Scenario s) {
    if (p.worstRackKgPerSquareMetre() == null) {
      return catalog;
    }
    List<String> out = new ArrayList<>(catalog);
    out.addAll(s.rackRules().floorLoadingSources());
    return out;
  }

  /** The client bound in words, when it binds; nothing when the storage binds first. */
  static List<String> gpuSideNotes(GpuSide g, Catalog c) {
    GpuNodeModel n = c.gpuNode(g.gpuNode());
    boolean r = g.clientBytesPerSec() < g.storageReadBytesPerSec();
    boolean w = g.clientBytesPerSec() < g.storageWriteBytesPerSec();
    if (!r && !w) {
      return List.of();
    }
    return List.of((r && w ? "Read and write are" : r ? "Read is" : "Write is")
        + " client-bound: " + g.gpuNodes() + " x " + n.id() + " x " + n.storagePorts() + " x "
        + human(n.storagePortBytesPerSec(), Dimension.BYTE_RATE) + " storage NICs = "
        + human(g.clientBytesPerSec(), Dimension.BYTE_RATE) + ", below the storage's "
        + human(r ? g.storageReadBytesPerSec() : g.storageWriteBytesPerSec(),
            Dimension.BYTE_RATE) + (r ? " read" : " write") + ".");
  }

  /** Strategy-specific notes, written once the design is sized. */
  @FunctionalInterface
  public interface NoteMaker {
    List<String> notes(Sizing sizing, GuidanceCheck check);
  }

  /** The arithmetic behind capacity, both throughputs and the rack count, in words. */
  static List<String> explain(Sizing z) {
    Design d = z.design();
    List<String> out = new ArrayList<>();
    out.add("Usable " + human(z.usableBytes(), Dimension.BYTES) + " = " + d.dboxes() + " x "
        + d.dbox().drives() + " x " + human(d.dbox().driveBytes(), Dimension.BYTES) + " raw ("
        + human(z.rawBytes(), Dimension.BYTES) + ") x " + String.format(Locale.ROOT,
            "%.4f", z.usableRatio()) + " (stripe " + z.dataStrips() + "+"
        + d.capacity().parityStrips() + " = " + String.format(Locale.ROOT, "%.4f",
            z.stripeEfficiency()) + " less " + sig(d.capacity().reserveFraction() * 100)
        + "% reserve).");
    int width = z.dataStrips() + d.capacity().parityStrips();
    int perEnclosure = (int) Math.ceil((double) width / d.dboxes() - 1e-9);
    out.add("Stripe " + z.dataStrips() + "+" + d.capacity().parityStrips() + " over "
        + d.dboxes() + " enclosure" + (d.dboxes() == 1 ? "" : "s") + ": up to " + perEnclosure
        + " strip" + (perEnclosure == 1 ? "" : "s") + " of a stripe in one enclosure, so "
        + (perEnclosure <= d.capacity().parityStrips() ? "losing an enclosure loses no data"
            : "losing an enclosure loses data") + " (rule " + d.capacity().rule() + ").");
    out.add("Read " + human(z.readBytesPerSec(), Dimension.BYTE_RATE) + " is "
        + z.readBound().key() + "-bound: " + boundTerm(z, z.readBound(), true) + ".");
    out.add("Write " + human(z.writeBytesPerSec(), Dimension.BYTE_RATE) + " is "
        + z.writeBound().key() + "-bound: " + boundTerm(z, z.writeBound(), false) + ".");
    String basis = d.powerBasis().key();
    out.add("Racks " + z.racks() + ": space needs " + z.rackUnits() + " U / "
        + d.rack().usableUnits() + " U = " + z.spaceBoundRacks() + ", power needs "
        + human(z.packedWatts(), Dimension.POWER) + " (" + basis + ") / "
        + human(d.rackPowerLimitWatts(), Dimension.POWER) + " = " + z.powerBoundRacks()
        + "; " + z.rackBound().key() + " binds"
        + (z.rackCount().packingBound() > Math.max(z.spaceBoundRacks(), z.powerBoundRacks())
            ? " (whole devices per rack need at least " + z.rackCount().packingBound() + ")"
            : "")
        + (z.rackCount().proven() ? "; the layout engine places every device in " + z.racks()
            + ", the fewest possible"
            : "; the layout engine places every device in " + z.racks() + ", "
            + z.rackCount().gap() + " above the lower bound " + z.lowerBoundRacks()) + ".");
    return out;
  }

  private static String boundTerm(Sizing z, Bound b, boolean read) {
    Design d = z.design();
    String others = " (front-end " + human(read ? z.frontendReadBytesPerSec()
        : z.frontendWriteBytesPerSec(), Dimension.BYTE_RATE) + ", media "
        + human(read ? z.mediaReadBytesPerSec() : z.mediaWriteBytesPerSec(), Dimension.BYTE_RATE)
        + ", network " + human(read ? z.networkReadBytesPerSec() : z.networkWriteBytesPerSec(),
            Dimension.BYTE_RATE) + ")";
    switch (b) {
      case FRONTEND:
        return d.cnodes() + " C-nodes x " + human(read ? d.cnode().readBytesPerSec()
            : d.cnode().writeBytesPerSec(), Dimension.BYTE_RATE) + others;
      case MEDIA:
        return d.dboxes() + " x " + d.dbox().id() + " x " + human(read
            ? d.dbox().readBytesPerSec() : d.dbox().writeBytesPerSec(), Dimension.BYTE_RATE)
            + (read ? "" : " x stripe efficiency " + String.format(Locale.ROOT,
                "%.4f", z.stripeEfficiency())) + others;
      default:
        return "the smaller of C-node ports / 2 and D-box ports" + (read ? ""
            : " x stripe efficiency") + others;
    }
  }
}
