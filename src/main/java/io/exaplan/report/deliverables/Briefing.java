package io.exaplan.report.deliverables;

import static io.exaplan.config.Units.fixed;
import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.audit.Audit;
import io.exaplan.audit.ClaimResult;
import io.exaplan.audit.Metric;
import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.Outage;
import io.exaplan.checkpoint.StateComponent;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.design.Comparison;
import io.exaplan.design.Option;
import io.exaplan.design.Scenario;
import io.exaplan.report.Verdicts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prose the deck and the HTML report share: the executive summary (which option for what,
 * with its numbers and the limit that binds, and the power each saves against the cloud baseline
 * as GPUs it would feed), the title line, the assumptions in plain words with their reasons, and
 * the claims audit in sentences. Written once so the two deliverables say the same thing.
 */
public final class Briefing {
  private Briefing() {}

  /** GB200 NVL72 scalable unit: GPUs per SU. */
  public static final int SU_GPUS = 576;
  /** GB200 NVL72 scalable unit: power of one SU (8 NVL72 racks). */
  public static final double SU_WATTS = 1.2e6;
  /** Where the SU power comes from; secondary, so it is an assumption. */
  public static final String SU_SOURCE = "NVIDIA DGX SuperPOD GB200 reference architecture as "
      + "quoted by secondary sources: one scalable unit is 8 NVL72 racks, 576 GPUs, ~1.2 MW "
      + "(assumption until verified against NVIDIA's own page)";

  /** "160,000 GPUs over 3 sites, compared at 1 EB usable; ncp-pod holds 215.2 PB (one ...)". */
  public static String titleLine(Comparison c) {
    Scenario s = c.scenario();
    StringBuilder sb = new StringBuilder(Units.grouped(s.gpus()) + " GPUs over " + s.sites()
        + " site" + (s.sites() == 1 ? "" : "s") + ", compared at " + human(s.targetUsableBytes(),
            Dimension.BYTES) + " usable");
    List<String> short_ = new ArrayList<>();
    for (Option o : c.options()) {
      if (!Verdicts.meetsCapacityTarget(o, s)) {
        short_.add(o.id() + " holds " + human(o.capacity().usableBytes(), Dimension.BYTES) + " for "
            + Units.grouped(o.identity().gpusServed()) + " GPUs");
      }
    }
    if (!short_.isEmpty()) {
      sb.append("; ").append(String.join(", ", short_));
    }
    return sb.toString();
  }

  /**
   * Three lines, which option for what: the fewest racks, the most write bandwidth, and the
   * NVIDIA-certified choice (or the option sized below the target), each with its figures and the
   * limit that binds; then the power against the cloud baseline.
   */
  public static List<String> summary(Comparison c) {
    Scenario s = c.scenario();
    List<Option> meet = c.options().stream().filter(o -> Verdicts.meetsCapacityTarget(o, s))
        .toList();
    List<Option> flash = meet.stream().filter(o -> o.hardware().cnodes() > 0).toList();
    List<String> out = new ArrayList<>();
    List<Option> named = new ArrayList<>();
    Comparator<Option> fewest = Comparator.comparingInt((Option o) -> o.space().racks())
        .thenComparingDouble(o -> o.power().powerWatts());
    flash.stream().min(fewest).ifPresent(o -> {
      named.add(o);
      out.add("Fewest racks for " + human(s.targetUsableBytes(), Dimension.BYTES) + ": " + o.id()
          + ", " + o.space().racks() + " racks and " + human(o.power().powerWatts(), Dimension.POWER)
          + " for " + human(o.capacity().usableBytes(), Dimension.BYTES) + "; read " + rate(
              o.throughput().readBytesPerSec()) + ", write " + rate(o.throughput().writeBytesPerSec()) + ". " + racksBind(o)
          + " " + writeBinds(o));
    });
    meet.stream().max(Comparator.comparingDouble(o -> o.throughput().writeBytesPerSec()))
        .filter(o -> !named.contains(o)).ifPresent(o -> {
          named.add(o);
          out.add("Most bandwidth: " + o.id() + ", write " + rate(o.throughput().writeBytesPerSec())
              + " and read " + rate(o.throughput().readBytesPerSec()) + " in " + o.space().racks() + " racks, "
              + human(o.power().powerWatts(), Dimension.POWER) + ". " + writeBinds(o) + " "
              + racksBind(o));
        });
    flash.stream().filter(o -> o.compliance().certified()).min(fewest).filter(o -> !named.contains(o))
        .ifPresent(o -> {
          named.add(o);
          out.add("NVIDIA-certified parts: " + o.id() + ", " + o.space().racks() + " racks, "
              + human(o.power().powerWatts(), Dimension.POWER) + ", write " + rate(o.throughput().writeBytesPerSec())
              + ". " + racksBind(o));
        });
    for (Option o : c.options()) {
      if (out.size() >= 3) {
        break;
      }
      if (!named.contains(o) && !Verdicts.meetsCapacityTarget(o, s)) {
        named.add(o);
        out.add("Per training cluster: " + o.id() + " holds " + human(o.capacity().usableBytes(),
            Dimension.BYTES) + " for " + Units.grouped(o.identity().gpusServed()) + " GPUs, not the "
            + human(s.targetUsableBytes(), Dimension.BYTES) + " target: " + o.space().racks()
            + " racks, " + human(o.power().powerWatts(), Dimension.POWER) + ", read " + rate(
                o.throughput().readBytesPerSec()) + ", write " + rate(o.throughput().writeBytesPerSec()) + ".");
      }
    }
    String power = powerSaved(c);
    if (power != null) {
      out.add(power);
    }
    return out;
  }

  /** GPUs the power {@code watts} would feed at a GB200 SU's power per GPU, rounded down. */
  public static long gpusFed(double watts) {
    return (long) Math.floor(watts / (SU_WATTS / SU_GPUS) + 1e-9);
  }

  /** The power each option needs less than the cloud baseline, as GPUs it would feed. */
  static String powerSaved(Comparison c) {
    Option cloud = c.options().stream().filter(o -> "cloud".equals(o.family())).findFirst()
        .orElse(null);
    if (cloud == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    c.options().stream().filter(o -> o != cloud && Verdicts.meetsCapacityTarget(o,
        c.scenario()) && o.power().powerWatts() < cloud.power().powerWatts())
        .sorted(Comparator.comparingDouble(o -> o.power().powerWatts()))
        .forEach(o -> {
          double saved = cloud.power().powerWatts() - o.power().powerWatts();
          parts.add(o.id() + " frees " + human(saved, Dimension.POWER) + ", enough for "
              + Units.grouped(gpusFed(saved)) + " GPUs");
        });
    if (parts.isEmpty()) {
      return null;
    }
    return "Against the cloud baseline (" + human(cloud.power().powerWatts(), Dimension.POWER) + " in "
        + cloud.space().racks() + " racks): " + String.join("; ", parts) + " (at a GB200 scalable "
        + "unit's ~" + human(SU_WATTS, Dimension.POWER) + " per " + SU_GPUS + " GPUs).";
  }

  private static String racksBind(Option o) {
    return "Racks are set by " + o.space().rackBound().key() + " (space needs " + o.space().spaceBoundRacks()
        + ", power " + o.space().powerBoundRacks() + ").";
  }

  private static String writeBinds(Option o) {
    return "Write is bound by the " + boundWords(o.throughput().writeBound().key()) + ".";
  }

  /** "frontend" to "C-nodes (front end)": a bound's key as the binding part, in words. */
  public static String boundWords(String key) {
    return switch (key) {
      case "frontend" -> "C-nodes (front end)";
      case "media" -> "enclosures' media";
      case "network" -> "network ports";
      case "client" -> "GPU nodes' storage NICs";
      case "account" -> "storage accounts' limits";
      case "wan" -> "sites' WAN links";
      default -> key;
    };
  }

  private static String rate(double bytesPerSec) {
    return human(bytesPerSec, Dimension.BYTE_RATE);
  }

  // ---- the scenario in words ----

  /** One line of the scenario table: what it is, and its value in words. */
  public record Fact(String label, String value) {}

  /**
   * The scenario as the report's table gives it: the fleet, the target, the guidance level, the
   * models by their catalog names (not their ids), the rack limit, the checkpoint cadences and the
   * outage plan.
   */
  public static List<Fact> scenarioFacts(Scenario s, Catalog c) {
    List<Fact> out = new ArrayList<>();
    out.add(new Fact("Name", s.name()));
    out.add(new Fact("Date", s.date()));
    out.add(new Fact("GPUs in the fleet", fixed(s.gpus(), 0)));
    out.add(new Fact("Sites", String.valueOf(s.sites())));
    out.add(new Fact("GPUs in one training cluster", fixed(s.clusterGpus(), 0)));
    out.add(new Fact("Usable capacity the options are compared at",
        human(s.targetUsableBytes(), Dimension.BYTES)));
    out.add(new Fact("NVIDIA guidance level checked", name(s.guidance(), c)));
    out.add(new Fact("C-node, switch, rack models", name(s.cnode(), c) + ", "
        + name(s.switchModel(), c) + ", " + name(s.rack(), c)));
    out.add(new Fact("Cloud object model", name(s.cloudObject(), c)));
    out.add(new Fact("Rack power limit", human(s.rackPowerLimitWatts(), Dimension.POWER) + " ("
        + s.powerBasis().key() + " draw packed against it)"));
    out.add(new Fact("Checkpointed model", name(s.checkpointModel(), c)));
    out.add(new Fact("Checkpoint cadences", String.join(", ", s.checkpointCadencesSeconds()
        .stream().map(x -> human(x, Dimension.DURATION)).toList()) + " ("
        + s.checkpointMode().key() + ", stall <= " + sig(s.checkpointStallFraction() * 100)
        + "% of the interval)"));
    out.add(new Fact("WAN outage plan", Units.capitalised(outagePlan(s.outage(), c))));
    return out;
  }

  /**
   * The scenario's outage plan in words, one wording for the scenario table, the checkpoint
   * inputs and the deck: "the WAN down for 1 d, every 10th checkpoint copied to the object store,
   * the newest 5 kept locally, the backlog cleared within 12 h, into storage accounts of the type
   * ...".
   */
  public static String outagePlan(Outage.Policy p, Catalog c) {
    return "the WAN down for " + human(p.outageSeconds(), Dimension.DURATION) + ", "
        + Outage.everyNth(p.copyEvery()) + " copied to the object store, the newest "
        + p.keepLocal() + " kept locally, the backlog cleared within "
        + human(p.catchUpSeconds(), Dimension.DURATION) + ", into storage accounts of the type "
        + name(p.account(), c);
  }

  // ---- assumptions in plain words ----

  /**
   * One figure or group in words: what it is, why (its source or, when {@code assumed}, the
   * reason for the assumption), and what rests on it.
   */
  public record Plain(String what, String why, String usedBy, boolean assumed) {
    /** An assumption. */
    public Plain(String what, String why, String usedBy) {
      this(what, why, usedBy, true);
    }

    /** "Source: ..." or "Assumption: ...", for lists that mix cited and assumed figures. */
    public String basis() {
      return (assumed ? "Assumption: " : "Source: ") + why;
    }
  }

  /**
   * The deliverables' assumptions as sentences: figures of one item that share a reason become
   * one line ("SN5600 switch: typical power 1.48 kW, maximum power 2.05 kW"), the reason without
   * its "assumption:" marker.
   */
  public static List<Plain> assumptions(List<Deliverables.Assumption> raw, Catalog c) {
    Map<String, List<String>> whats = new LinkedHashMap<>();
    Map<String, String> used = new LinkedHashMap<>();
    for (Deliverables.Assumption a : raw) {
      String text = a.text();
      int eq = text.indexOf(" = ");
      int paren = text.indexOf(" (", Math.max(eq, 0));
      if (eq < 0 || paren < 0 || !text.endsWith(")")) {
        whats.computeIfAbsent("\u0000" + text, k -> new ArrayList<>());
        used.put("\u0000" + text, a.usedBy());
        continue;
      }
      String key = text.substring(0, eq);
      String value = text.substring(eq + 3, paren);
      String why = text.substring(paren + 2, text.length() - 1);
      // ids may hold dots ("llama-3.1-405b"), field names never do
      int dot = key.lastIndexOf('.');
      String item = dot < 0 ? key : key.substring(0, dot);
      String field = dot < 0 ? "" : key.substring(dot + 1);
      StateComponent part = field.equals("bytesPerParam") ? statePart(item) : null;
      // the parts of a checkpoint read as one line: "bf16 weights 2 B, fp32 master weights 4 B"
      String group = (part != null ? "Checkpoint contents per parameter" : itemName(item, c))
          + "\u0000" + why;
      whats.computeIfAbsent(group, k -> new ArrayList<>()).add(part != null
          ? part.name() + " " + value + " B"
          : (field.isEmpty() ? "" : fieldWords(field) + " ") + valueWords(field, value));
      used.merge(group, a.usedBy(), (x, y) -> x.equals(y) ? x : x + "; " + y);
    }
    List<Plain> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : whats.entrySet()) {
      String[] parts = e.getKey().split("\u0000", 2);
      if (parts[0].isEmpty()) {
        out.add(new Plain(parts[1], "", used.get(e.getKey())));
        continue;
      }
      boolean assumed = parts[1].startsWith("assumption:");
      String why = assumed ? parts[1].substring(11).trim()
          : parts[1].startsWith("source:") ? parts[1].substring(7).trim() : parts[1];
      why = why.replace("the meeting's", "the quoted").replace("meeting", "sizing discussion");
      out.add(new Plain(parts[0] + ": " + String.join(", ", e.getValue()),
          Units.capitalised(why), used.get(e.getKey()), assumed));
    }
    return out;
  }

  /**
   * The checkpoint and outage inputs in plain words, each group with its source: the scenario's
   * outage plan first (planning values, not measurements), then every checkpoint-catalog figure
   * the findings use, grouped by item and source as {@link #assumptions} groups them.
   */
  public static List<Plain> checkpointInputs(CheckpointFindings f, Catalog c) {
    List<Plain> out = new ArrayList<>();
    out.add(new Plain("WAN outage plan: " + outagePlan(f.policy(), c), "The scenario's planning "
        + "values, not measurements", "outage findings", true));
    out.addAll(inWords(f.cited(), "checkpoint and outage findings", c));
    return out;
  }

  /**
   * "id.field = value (citation)" lines in words, as {@link #assumptions} groups them, each with
   * what rests on it.
   */
  public static List<Plain> inWords(List<String> lines, String usedBy, Catalog c) {
    List<Deliverables.Assumption> raw = new ArrayList<>();
    lines.forEach(line -> raw.add(new Deliverables.Assumption(line, usedBy)));
    return assumptions(raw, c);
  }

  /**
   * The display name of a hardware or checkpoint-catalog id ("sn5600" to its catalog name,
   * "azure-standard" to "Azure standard storage account ..."), the id itself when it names
   * nothing: what a customer reads instead of a key.
   */
  public static String name(String id, Catalog c) {
    String n = knownName(id, c);
    return n != null ? n : id;
  }

  private static String knownName(String id, Catalog c) {
    if (c.cnodes().containsKey(id)) {
      return c.cnodes().get(id).name();
    }
    if (c.dboxes().containsKey(id)) {
      return c.dboxes().get(id).name();
    }
    if (c.switches().containsKey(id)) {
      return c.switches().get(id).name();
    }
    if (c.racks().containsKey(id)) {
      return c.racks().get(id).name();
    }
    if (c.cloudObjects().containsKey(id)) {
      return c.cloudObjects().get(id).name();
    }
    if (c.gpuNodes().containsKey(id)) {
      return c.gpuNodes().get(id).name();
    }
    if (c.guidance().containsKey(id)) {
      return c.guidance().get(id).name();
    }
    CheckpointCatalog k = CheckpointCatalog.builtIn();
    if (k.models().containsKey(id)) {
      return k.models().get(id).name();
    }
    if (k.accounts().containsKey(id)) {
      return k.accounts().get(id).name();
    }
    StateComponent part = statePart(id);
    return part == null ? null : part.name();
  }

  private static StateComponent statePart(String id) {
    for (StateComponent part : CheckpointCatalog.builtIn().state()) {
      if (part.id().equals(id)) {
        return part;
      }
    }
    return null;
  }

  private static String itemName(String id, Catalog c) {
    if (c.guidance().containsKey(id)) {
      return "NVIDIA guidance " + c.guidance().get(id).name();
    }
    String known = knownName(id, c);
    if (known != null) {
      return known;
    }
    return switch (id) {
      case "capacity" -> "Erasure coding";
      case "fabric" -> "Switch fabric";
      case "durability" -> "Rebuilds";
      case "failures" -> "Failure model";
      case "state" -> "Checkpoint contents";
      case "sim" -> "Job simulation";
      case "wanRatePerSite" -> "WAN from each site to the central store";
      default -> Units.capitalised(words(id));
    };
  }

  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("read", "read"), Map.entry("write", "write"),
      Map.entry("powerTypical", "typical power"), Map.entry("powerMax", "maximum power"),
      Map.entry("driveAfr", "drive failures per year"),
      Map.entry("enclosureAfr", "whole-enclosure losses per year"),
      Map.entry("reservedUnits", "units kept free per rack"),
      Map.entry("reserveFraction", "install reserve (share of raw)"),
      Map.entry("leafDownlinkShare", "share of leaf ports facing devices"),
      Map.entry("minSwitches", "fewest switches"),
      Map.entry("suGpus", "GPUs per scalable unit"),
      Map.entry("rebuildShare", "share of bandwidth a rebuild may use"),
      Map.entry("correlationFactor", "failure-rate multiplier while degraded"),
      Map.entry("rackUnitsPerRack", "units per rack"),
      Map.entry("powerPerRack", "power per rack"),
      Map.entry("portSpeed", "port speed"), Map.entry("ports", "ports"),
      Map.entry("work", "reference run length"),
      Map.entry("restartTime", "restart time"),
      Map.entry("bytesPerParam", "bytes per parameter"),
      Map.entry("interruptions", "unexpected interruptions"),
      Map.entry("period", "observed over"),
      Map.entry("gpus", "GPUs observed"),
      Map.entry("wanRate", "WAN rate per site"),
      Map.entry("stageRatePerGpu", "staging rate per GPU"),
      Map.entry("outageEvery", "mean time between WAN outages"),
      Map.entry("outageMean", "mean WAN outage"));

  private static String fieldWords(String field) {
    String w = FIELDS.get(field);
    return w != null ? w : words(field);
  }

  /** Rates per year read better as percentages: 0.01 to 1%. */
  private static String valueWords(String field, String value) {
    if (field.endsWith("Afr") || field.endsWith("Share") || field.endsWith("Fraction")) {
      try {
        return sig(Double.parseDouble(value) * 100) + "%";
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  /** "leafDownlinkShare" to "leaf downlink share", "gpu-mtbf" to "gpu mtbf". */
  static String words(String key) {
    StringBuilder sb = new StringBuilder();
    for (char ch : key.toCharArray()) {
      if (ch == '-' || ch == '_' || ch == '.') {
        sb.append(' ');
      } else if (Character.isUpperCase(ch)) {
        sb.append(' ').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString().trim();
  }


  // ---- claims in sentences ----

  /** Each audited claim as a sentence: the claim in quotes, the verdict, what exaplan computes. */
  public static List<String> claims(Audit a) {
    List<String> out = new ArrayList<>();
    for (ClaimResult r : a.claims()) {
      String verdict = switch (r.verdict()) {
        case HOLDS -> "holds";
        case WRONG -> "does not hold";
        case DEPENDS -> "depends on the design choices";
      };
      out.add("\u201c" + r.statement() + "\u201d " + verdict + ": exaplan computes "
          + computedWords(r.computed()) + ".");
    }
    return out;
  }

  /** "nodeRackUnits 630; racks 30 to 47" to "630 rack units of nodes; 30 to 47 racks". */
  public static String computedWords(String computed) {
    List<String> parts = new ArrayList<>();
    for (String part : computed.split("; ")) {
      int sp = part.indexOf(' ');
      Metric m = sp < 0 ? null : Metric.named(part.substring(0, sp));
      if (m == null) {
        parts.add(part);
        continue;
      }
      String v = part.substring(sp + 1);
      parts.add(switch (m) {
        case USABLE -> v + " usable";
        case RAW -> v + " raw";
        case READ -> "a read of " + v;
        case WRITE -> "a write of " + v;
        case NODE_RACK_UNITS -> v + " rack units of nodes";
        case RACK_UNITS -> v + " rack units with switches";
        case RACKS -> v + " racks";
        case SWITCHES -> v + " switches";
        case POWER -> v + " of power";
        case DBOXES_FOR_TARGET -> v + " enclosures for the capacity target";
        case RACKS_RATIO -> v + " times the racks";
        case POWER_RATIO -> v + " times the power";
      });
    }
    return String.join(", ", parts);
  }
}
