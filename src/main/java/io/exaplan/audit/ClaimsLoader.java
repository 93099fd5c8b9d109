package io.exaplan.audit;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import io.exaplan.config.Yaml;
import io.exaplan.design.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a claims file (the built-in meeting claims, or a user's) and checks it against the catalog. */
public final class ClaimsLoader {
  public static final String BUILT_IN = "claims/meeting.yaml";
  private static final double DEFAULT_TOLERANCE = 0.10;
  /**
   * Each claim is re-computed once per variant (every combination of its vary values and versus
   * designs), each a whole comparison: these caps bound an audit's work by its file.
   */
  public static final int MAX_CLAIMS = 500;
  public static final int MAX_VALUES = 16;
  public static final int MAX_VARIANTS = 64;

  private ClaimsLoader() {}

  /** The user's file, or the built-in claims when {@code file} is null. */
  public static List<Claim> load(Path file, Catalog c) {
    return from(file == null ? Yaml.resource(BUILT_IN) : Yaml.read(file), c);
  }

  /** Claims from a parsed document (a file, or a request body) whose map holds {@code claims}. */
  public static List<Claim> from(Node root, Catalog c) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    List<Node> items = top.list("claims");
    if (items.isEmpty()) {
      top.problem("claims", "expected a non-empty list of claims");
    } else if (items.size() > MAX_CLAIMS) {
      top.problem("claims", items.size() + " claims; expected at most " + MAX_CLAIMS
          + " (split the file)");
      items = items.subList(0, MAX_CLAIMS);
    }
    top.finish();
    List<Claim> claims = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Fields f = Fields.of(items.get(i), "claims[" + i + "]", problems);
      Claim claim = claim(f, c);
      if (!claim.id().isEmpty() && !ids.add(claim.id())) {
        f.problem("id", "duplicate claim id '" + claim.id() + "'");
      }
      claims.add(claim);
    }
    problems.throwIfAny();
    return claims;
  }

  private static Claim claim(Fields f, Catalog c) {
    String id = f.name("id", null);
    String statement = f.text("statement");
    Claim.DesignRef design = design(f.map("design"), c);
    List<Claim.DesignRef> versus = new ArrayList<>();
    Node vs = f.node("versus");
    if (vs instanceof Node.ListNode list) {
      if (list.items().size() > MAX_VALUES) {
        f.problem("versus", list.items().size() + " designs; expected at most " + MAX_VALUES);
      }
      for (int i = 0; i < Math.min(list.items().size(), MAX_VALUES); i++) {
        versus.add(design(Fields.of(list.items().get(i), f.pathOf("versus") + "[" + i + "]",
            f.problems()), c));
      }
    } else if (vs != null) {
      versus.add(design(f.map("versus"), c));
    }
    Map<Metric, Double> expect = new LinkedHashMap<>();
    Fields e = f.map("expect");
    for (String key : e.keys()) {
      Metric m = Metric.named(key);
      if (m == null) {
        continue; // reported by finish() with the legal keys
      }
      double v = e.quantity(key, m.dimension(), Double.NaN, false);
      expect.put(m, v);
      if (m.needsVersus() && versus.isEmpty()) {
        e.problem(key, "needs a 'versus' design to divide by");
      }
      if (m == Metric.DBOXES_FOR_TARGET && design.dbox() == null) {
        e.problem(key, "needs design.dbox, the enclosure model to count");
      }
      if (m != Metric.DBOXES_FOR_TARGET && design.option() == null && design.dboxes() == 0) {
        e.problem(key, "needs a design with option, or dbox, dboxes and cnodes");
      }
    }
    for (Metric m : Metric.values()) {
      e.node(m.key());
    }
    e.finish();
    if (expect.isEmpty() && e.keys().isEmpty()) {
      f.problem("expect", "expected at least one metric: " + Metric.legal());
    }
    double tol = f.quantity("tolerance", Dimension.NUMBER, DEFAULT_TOLERANCE, false);
    double target = f.quantity("target", Dimension.BYTES, Double.NEGATIVE_INFINITY, true);
    List<Double> limits = new ArrayList<>();
    List<String> switches = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    if (f.has("vary")) {
      Fields v = f.map("vary");
      int variants = Math.max(1, versus.size());
      for (String key : List.of("rackPowerLimit", "switch", "powerBasis")) {
        int n = v.node(key) instanceof Node.ListNode l ? l.items().size() : 0;
        if (n > MAX_VALUES) {
          v.problem(key, n + " values; expected at most " + MAX_VALUES);
        }
        variants *= Math.max(1, Math.min(n, MAX_VALUES));
      }
      if (variants > MAX_VARIANTS) {
        f.problem("vary", variants + " variants (the product of the vary lists and versus "
            + "designs); expected at most " + MAX_VARIANTS);
      }
      for (Node n : v.list("rackPowerLimit")) {
        try {
          double w = Units.parse(text(n), Dimension.POWER);
          if (!(w > 0)) {
            throw new IllegalArgumentException("must be greater than zero");
          }
          limits.add(w);
        } catch (IllegalArgumentException ex) {
          v.problem("rackPowerLimit", ex.getMessage());
        }
      }
      for (Node n : v.list("switch")) {
        String s = text(n);
        if (!c.switches().containsKey(s)) {
          v.problem("switch", "unknown switch model '" + s + "'; known: "
              + String.join(", ", c.switches().keySet()));
        }
        switches.add(s);
      }
      for (Node n : v.list("powerBasis")) {
        String s = text(n);
        if (io.exaplan.sizing.PowerBasis.parse(s) == null) {
          v.problem("powerBasis", "'" + s + "' is not typical or max");
        }
        bases.add(s);
      }
      v.finish();
    }
    f.finish();
    return new Claim(id, statement, design, versus, expect, tol,
        target == Double.NEGATIVE_INFINITY ? Double.NaN : target, limits, switches, bases);
  }

  private static String text(Node n) {
    return n instanceof Node.ScalarNode s && s.text() != null ? s.text() : "";
  }

  private static Claim.DesignRef design(Fields d, Catalog c) {
    String option = d.text("option", null);
    String dbox = d.text("dbox", null);
    int dboxes = d.count("dboxes", 0, 1, io.exaplan.sizing.Design.MAX_COUNT);
    int cnodes = d.count("cnodes", 0, 1, io.exaplan.sizing.Design.MAX_COUNT);
    if (option != null) {
      if (!Registry.ids().contains(option)) {
        d.problem("option", "unknown option '" + option + "'; expected one of: "
            + String.join(", ", Registry.ids()));
      }
      if (dbox != null) {
        d.problem("dbox", "give either option or dbox, not both");
      }
    } else if (dbox == null) {
      d.problem("option", "missing: give option, or dbox with dboxes and cnodes");
    } else if (!c.dboxes().containsKey(dbox)) {
      d.problem("dbox", "unknown enclosure model '" + dbox + "'; known: "
          + String.join(", ", c.dboxes().keySet()));
    } else if ((dboxes == 0) != (cnodes == 0)) {
      d.problem(dboxes == 0 ? "dboxes" : "cnodes", "give dboxes and cnodes together");
    }
    d.finish();
    return new Claim.DesignRef(option, dbox, dboxes, cnodes);
  }
}
