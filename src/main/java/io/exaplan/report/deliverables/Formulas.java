package io.exaplan.report.deliverables;

import java.util.List;

/**
 * The sizing formulas in the customer's report itself (the appendix of the HTML report), so a
 * reader can check every figure without the project's documentation. Each entry states one
 * concept as {@code io.exaplan.sizing.SizingEngine}, the checkpoint and outage models compute it.
 */
public final class Formulas {
  private Formulas() {}

  /** A concept and how it is computed. */
  public record Formula(String concept, String formula, String note) {}

  public static final List<Formula> ALL = List.of(
      new Formula("Data strips per stripe", "d = clamp(drives in the cluster - p, 8, 146), "
          + "p = 4 parity strips", "As wide as the cluster's drives allow (vendor erasure coding)."),
      new Formula("Usable capacity", "usable = enclosures x drives x drive size x (d / (d + p) - "
          + "reserve)", "146+4 gives 0.9733; less the 8.88% install reserve, 0.8845 of raw."),
      new Formula("Enclosures for a target", "the fewest n with usable(n) >= target",
          "Stepping from target / (raw per enclosure x 0.8845)."),
      new Formula("Read", "min(C-nodes x read per C-node, enclosures x media read, min(C-node "
          + "ports x speed / 2, enclosure ports x speed))", "The bound that binds is named; a "
          + "byte crosses a C-node's ports twice."),
      new Formula("Write", "min(C-nodes x write per C-node, enclosures x media write x d/(d+p), "
          + "min(C-node ports x speed / 2, enclosure ports x speed x d/(d+p)))",
          "Writes reach media with parity."),
      new Formula("Switches", "leaves = max(2, ceil(device bandwidth / switch port speed / "
          + "(ports x downlink share))); spines = ceil(leaves x uplink ports / ports) when "
          + "leaves > 2", "Non-blocking leaf/spine by default."),
      new Formula("Rack units", "C-nodes x U + enclosures x U + switches x U", ""),
      new Formula("Racks by space", "ceil(rack units / (rack height - reserved units))", ""),
      new Formula("Racks by power", "ceil(power on the chosen basis / rack power limit)", ""),
      new Formula("Racks", "the fewest racks over which every device can be placed within each "
          + "rack's usable units and power limit", "Never below either bound; the drawings "
          + "show the placement."),
      new Formula("Power", "sum of count x draw (typical, and maximum)", ""),
      new Formula("Per rack, per kW, per GPU", "usable / racks; rate / typical power; rate / "
          + "GPUs served", ""),
      new Formula("NVIDIA guidance", "required = GPUs / GPUs per scalable unit x per-unit rate",
          "Read and write, each compared with the option's."),
      new Formula("Cloud object baseline", "rate = usable / 100 PB x rate per 100 PB; racks = "
          + "usable / 1 EB x racks per EB; power = racks x power per rack",
          "Described per capacity: its internals are not public."),
      new Formula("Checkpoint size", "parameters x bytes per parameter", "14 B per parameter "
          + "for mixed-precision Adam."),
      new Formula("Write a checkpoint needs", "synchronous: size / (stall fraction x interval); "
          + "asynchronous: size / interval", ""),
      new Formula("Failures", "job MTBF = per-GPU MTBF / GPUs; Young: sqrt(2 x write time x "
          + "MTBF); Daly's complete model gives the interval and the efficiency", ""),
      new Formula("WAN outage", "copies waiting = ceil(outage / (interval x copy every)); local "
          + "storage = (kept + waiting) x size; catch-up rate = backlog / catch-up time", ""),
      new Formula("GPUs fed by power freed", "(cloud power - option power) / (1.2 MW / 576 GPUs)",
          Briefing.SU_SOURCE + "."));
}
