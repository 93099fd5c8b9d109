package io.exaplan.audit;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.config.Units;
import io.exaplan.catalog.Catalog;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.config.Dimension;
import io.exaplan.design.Option;
import io.exaplan.design.Options;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-computes each claim with the sizing engine, under every variant it names, and says whether
 * it holds, is wrong, or depends on the variant, with the arithmetic in words.
 */
public final class Auditor {
  private Auditor() {}

  public static Audit audit(List<Claim> claims, Scenario scenario, Catalog catalog) {
    List<ClaimResult> out = new ArrayList<>();
    for (Claim claim : claims) {
      out.add(audit(claim, scenario, catalog));
    }
    return new Audit(out);
  }

  /** One variant: the settings it used and, per metric, the computed value and its arithmetic. */
  private record Variant(String label, Map<Metric, Double> values, Map<Metric, String> why,
      boolean holds) {}

  static ClaimResult audit(Claim claim, Scenario base, Catalog c) {
    Scenario s0 = Double.isNaN(claim.target()) ? base
        : base.vary("targetUsable", Units.exact(claim.target(), "B"), why(claim), c);
    List<Variant> variants = new ArrayList<>();
    for (Scenario s : scenarios(claim, s0, c)) {
      List<Claim.DesignRef> versus = claim.versus().isEmpty() ? java.util.Collections
          .singletonList(null) : claim.versus();
      for (Claim.DesignRef vs : versus) {
        variants.add(variant(claim, s, vs, c, label(claim, s, s0, vs)));
      }
    }
    long holding = variants.stream().filter(Variant::holds).count();
    io.exaplan.audit.Verdict verdict = holding == variants.size() ? Verdict.HOLDS
        : holding == 0 ? Verdict.WRONG : Verdict.DEPENDS;

    List<String> computed = new ArrayList<>();
    for (Metric m : claim.expect().keySet()) {
      computed.add(m.key() + " " + range(m, variants));
    }
    // The same arithmetic often holds for several variants (rack units do not change with the
    // rack power limit): say it once, naming the variants it applies to.
    Map<String, List<String>> labelsByLine = new java.util.LinkedHashMap<>();
    for (Variant v : variants) {
      for (String line : v.why().values()) {
        labelsByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(v.label());
      }
    }
    StringBuilder why = new StringBuilder();
    for (Map.Entry<String, List<String>> e : labelsByLine.entrySet()) {
      String prefix = variants.size() == 1 ? ""
          : e.getValue().size() == variants.size() ? "[all variants] "
          : "[" + String.join(" | ", e.getValue()) + "] ";
      why.append(why.length() == 0 ? "" : " ").append(prefix).append(e.getKey());
    }
    if (verdict == Verdict.DEPENDS) {
      why.append(" Holds in ").append(holding).append(" of ").append(variants.size())
          .append(" variants.");
    }
    return new ClaimResult(claim.id(), claim.statement(), verdict, String.join("; ", computed),
        why.toString());
  }

  private static List<Scenario> scenarios(Claim claim, Scenario s0, Catalog c) {
    List<Scenario> out = new ArrayList<>();
    out.add(s0);
    String why = why(claim);
    if (!claim.switches().isEmpty()) {
      out = expand(out, claim.switches(), (s, id) -> s.vary("switch", id, why, c));
    }
    if (!claim.rackPowerLimits().isEmpty()) {
      out = expand(out, claim.rackPowerLimits(),
          (s, w) -> s.vary("rackPowerLimit", Units.exact(w, "W"), why, c));
    }
    if (!claim.powerBases().isEmpty()) {
      out = expand(out, claim.powerBases(), (s, b) -> s.vary("powerBasis", b, why, c));
    }
    return out;
  }

  /** Where a claim's variation came from, for a message about it. */
  private static String why(Claim claim) {
    return "claim " + claim.id();
  }

  private static <T> List<Scenario> expand(List<Scenario> in, List<T> values,
      java.util.function.BiFunction<Scenario, T, Scenario> with) {
    List<Scenario> out = new ArrayList<>();
    for (Scenario s : in) {
      for (T v : values) {
        out.add(with.apply(s, v));
      }
    }
    return out;
  }

  private static String label(Claim claim, Scenario s, Scenario s0, Claim.DesignRef vs) {
    List<String> parts = new ArrayList<>();
    if (!claim.switches().isEmpty()) {
      parts.add(s.switchModel());
    }
    if (!claim.rackPowerLimits().isEmpty()) {
      parts.add(human(s.rackPowerLimitWatts(), Dimension.POWER) + " racks");
    }
    if (!claim.powerBases().isEmpty()) {
      parts.add(s.powerBasis().key() + " draw");
    }
    if (vs != null && claim.versus().size() > 1) {
      parts.add("vs " + vs.label());
    }
    return String.join(", ", parts);
  }

  private static Variant variant(Claim claim, Scenario s, Claim.DesignRef vs, Catalog c,
      String label) {
    Option o = claim.design().option() != null || claim.design().dboxes() > 0
        ? option(claim.design(), s, c) : null;
    Option v = vs == null ? null : option(vs, s, c);
    Map<Metric, Double> values = new java.util.LinkedHashMap<>();
    Map<Metric, String> why = new java.util.LinkedHashMap<>();
    boolean holds = true;
    for (Map.Entry<Metric, Double> e : claim.expect().entrySet()) {
      Metric m = e.getKey();
      double expected = e.getValue();
      double got;
      String how;
      switch (m) {
        case DBOXES_FOR_TARGET: {
          DBoxModel box = c.dbox(claim.design().dbox());
          got = Options.dboxesFor(s, box, c);
          double atScale = SizingEngine.dboxesAtScale(s.targetUsableBytes(), box, c.capacity());
          how = human(s.targetUsableBytes(), Dimension.BYTES) + " / (" + human(box.rawBytes(),
              Dimension.BYTES) + " raw per " + box.id() + " x " + String.format(Locale.ROOT,
              "%.4f", SizingEngine.usableRatioAtScale(c.capacity())) + " usable/raw) = "
              + sig(atScale) + ", so " + (long) got + " enclosures.";
          break;
        }
        case RACKS_RATIO:
          got = (double) o.space().racks() / v.space().racks();
          how = o.id() + " needs " + o.space().racks() + " racks, " + v.id() + " " + v.space().racks()
              + ": ratio " + sig(got) + ".";
          break;
        case POWER_RATIO:
          got = o.power().powerWatts() / v.power().powerWatts();
          how = o.id() + " draws " + human(o.power().powerWatts(), Dimension.POWER) + ", " + v.id() + " "
              + human(v.power().powerWatts(), Dimension.POWER) + ": ratio " + sig(got) + ".";
          break;
        default:
          got = value(m, o);
          how = note(m, o);
      }
      boolean ok = Math.abs(got - expected) <= claim.tolerance() * Math.abs(expected) + 1e-9;
      holds &= ok;
      values.put(m, got);
      why.put(m, how + " Claimed " + human(expected, m.dimension()) + ": " + (ok
          ? "within " : "outside ") + sig(claim.tolerance() * 100) + "% (" + deviation(got,
              expected) + ").");
    }
    return new Variant(label, values, why, holds);
  }

  private static String deviation(double got, double expected) {
    if (expected == 0) {
      return "computed " + sig(got);
    }
    double r = got / expected;
    if (r >= 2 || r <= 0.5) {
      return "computed is " + sig(r) + "x the claim";
    }
    return String.format(Locale.ROOT, "%+.1f%%", (r - 1) * 100);
  }

  private static Option option(Claim.DesignRef ref, Scenario s, Catalog c) {
    if (ref.option() != null) {
      return Registry.get(ref.option()).build(s, c);
    }
    return Options.flash("claim", ref.label(), "custom",
        Options.design(s, c, c.dbox(ref.dbox()), ref.dboxes(), ref.cnodes()), s.clusterGpus(), s,
        c, (z, g) -> List.of());
  }

  static double value(Metric m, Option o) {
    switch (m) {
      case USABLE:
        return o.capacity().usableBytes();
      case RAW:
        return o.capacity().rawBytes() == null ? Double.NaN : o.capacity().rawBytes();
      // Claims about a remote store (the cloud baseline) quote what it gives in its region.
      case READ:
        return o.remote().inRegionReadBytesPerSec() != null
            ? o.remote().inRegionReadBytesPerSec() : o.throughput().readBytesPerSec();
      case WRITE:
        return o.remote().inRegionWriteBytesPerSec() != null
            ? o.remote().inRegionWriteBytesPerSec() : o.throughput().writeBytesPerSec();
      case NODE_RACK_UNITS:
        return o.space().nodeRackUnits();
      case RACK_UNITS:
        return o.space().rackUnits();
      case RACKS:
        return o.space().racks();
      case SWITCHES:
        return o.hardware().switches();
      case POWER:
        return o.power().powerWatts();
      default:
        throw new IllegalArgumentException(m.key());
    }
  }

  /** The option's own arithmetic for the metric (its notes), or a formula in words. */
  private static String note(Metric m, Option o) {
    String prefix;
    switch (m) {
      case USABLE:
      case RAW:
        prefix = "Usable ";
        break;
      case READ:
        prefix = "Read ";
        break;
      case WRITE:
        prefix = "Write ";
        break;
      case RACKS:
        prefix = "Racks ";
        break;
      case NODE_RACK_UNITS:
        return o.id() + ": " + o.hardware().cnodes() + " C-nodes + " + o.hardware().dboxes() + " x " + o.hardware().dboxModel()
            + " = " + o.space().nodeRackUnits() + " U of nodes.";
      case RACK_UNITS:
        return o.id() + ": " + o.space().nodeRackUnits() + " U of nodes + " + o.hardware().switches() + " x "
            + o.hardware().switchModel() + " switches (" + o.space().switchRackUnits() + " U) = " + o.space().rackUnits()
            + " U.";
      case SWITCHES:
        return o.id() + ": " + o.hardware().leafSwitches() + " leaf + " + o.hardware().spineSwitches() + " spine "
            + o.hardware().switchModel() + " = " + o.hardware().switches() + " switches.";
      default:
        return o.id() + ": " + m.key() + " " + human(value(m, o), m.dimension()) + ".";
    }
    for (String n : o.notes()) {
      if (n.startsWith(prefix)) {
        return n;
      }
    }
    return o.id() + ": " + m.key() + " " + human(value(m, o), m.dimension()) + ".";
  }

  private static String range(Metric m, List<Variant> variants) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Variant v : variants) {
      lo = Math.min(lo, v.values().get(m));
      hi = Math.max(hi, v.values().get(m));
    }
    String a = human(lo, m.dimension());
    return lo == hi ? a : a + " to " + human(hi, m.dimension());
  }
}
