package io.exaplan.durability;

import static io.exaplan.config.Units.human;
import static io.exaplan.config.Units.sig;

import io.exaplan.catalog.CloudObjectModel;
import io.exaplan.catalog.DBoxModel;
import io.exaplan.catalog.DurabilityModel;
import io.exaplan.config.Dimension;
import io.exaplan.config.Units;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.Design;
import io.exaplan.sizing.Sizing;
import io.exaplan.sizing.SizingEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rebuild times, degraded throughput and durability of a layout: pure arithmetic and one small
 * Markov chain per case. Every formula is in docs/model.md, "Durability and rebuild".
 */
public final class DurabilityEngine {
  /** Hours in a year of 365.25 days: AFRs are per year, the chain runs in hours. */
  public static final double HOURS_PER_YEAR = 8766;
  /** Beyond this a layout is not a storage system (1e6 enclosures x 1e4 drives, the catalog's
   * ceilings): the cloud layout derived from a target and a drive size stops here. */
  static final double MAX_DRIVES = 1e10;
  /** Repair rates are capped so that an instant rebuild stays a finite (huge) rate. */
  private static final double MAX_RATE = Double.MAX_VALUE / 1e6;

  private DurabilityEngine() {}

  /** A sized flash design: its stripe, its drives and enclosures, and its bounds. */
  public static Durability flash(Sizing z, DurabilityModel m, DurabilityParams.Overrides o) {
    Inputs in = inputs(z, m, o);
    return analyse(in.layout(), in.bandwidth(), in.params());
  }

  /** The nines and the longest rebuild of a design: what a durability floor is checked on. */
  public record Floor(double nines, double longestRebuildSeconds) {}

  /**
   * {@link #flash}'s baseline nines and its longest rebuild (the enclosure's when it has one),
   * by the same formulas, without the sensitivity cases and notes: the optimiser checks this for
   * every design it scores, where the whole analysis (five Markov chains and the prose) made the
   * durability floor cost ten times the search.
   */
  public static Floor floor(Sizing z, DurabilityModel m) {
    Inputs in = inputs(z, m, DurabilityParams.Overrides.NONE);
    Baseline b = baseline(in.layout(), in.bandwidth(), in.params());
    double longest = Double.isNaN(b.enclosureSeconds()) ? b.driveSeconds()
        : Math.max(b.driveSeconds(), b.enclosureSeconds());
    return new Floor(nines(b.annualLoss()), longest);
  }

  /**
   * {@link #floor(Sizing, DurabilityModel)} with the survivors' read and write given instead of
   * sized: the optimiser knows them from its throughput split (min of the C-node side and the
   * enclosure side of one enclosure fewer, bit-identical to the engine's), and sizing the
   * survivors (racks included) for every floor check was most of a check's work. They are used
   * only when the design has survivors (the same rule as {@link #flash}); the figures are then
   * the same as {@link #floor(Sizing, DurabilityModel)}'s.
   */
  public static Floor floor(Sizing z, DurabilityModel m, double survivorReadBytesPerSec,
      double survivorWriteBytesPerSec) {
    Design d = z.design();
    boolean left = hasSurvivors(d);
    Bandwidth bw = new Bandwidth(z.readBytesPerSec(), z.readBound(), z.writeBytesPerSec(),
        z.writeBound(), left ? survivorReadBytesPerSec : 0, z.readBound(),
        left ? survivorWriteBytesPerSec : 0, z.writeBound());
    Baseline b = baseline(layout(z, m), bw, params(d.dbox(), m, DurabilityParams.Overrides.NONE));
    double longest = Double.isNaN(b.enclosureSeconds()) ? b.driveSeconds()
        : Math.max(b.driveSeconds(), b.enclosureSeconds());
    return new Floor(nines(b.annualLoss()), longest);
  }

  /**
   * The nines of {@code z}'s layout were every rebuild, of a drive and of a whole enclosure, to
   * run at {@code readBytesPerSec} and {@code writeBytesPerSec}: with the enclosures' own read and
   * write (what n enclosures carry however many C-nodes serve them) this is the ceiling the
   * optimiser proves a family hopeless with (docs/model.md, "Bounds that end the search"). Same
   * chain and rebuild formulas as {@link #floor}; only the survivors' bandwidth is the whole
   * system's instead of one enclosure fewer, which only shortens the enclosure rebuild.
   */
  public static double ceilingNines(Sizing z, DurabilityModel m, double readBytesPerSec,
      double writeBytesPerSec) {
    Bandwidth bw = new Bandwidth(readBytesPerSec, Bound.MEDIA, writeBytesPerSec, Bound.MEDIA,
        readBytesPerSec, Bound.MEDIA, writeBytesPerSec, Bound.MEDIA);
    return nines(baseline(layout(z, m), bw, params(z.design().dbox(), m,
        DurabilityParams.Overrides.NONE)).annualLoss());
  }

  /**
   * The baseline case of a layout, shared by {@link #analyse} and {@link #floor} so the floor the
   * optimiser holds and the nines every report prints are one computation: both rebuild times
   * (the enclosure's NaN when a stripe cannot survive it), the chain's MTTDL, the annual loss.
   */
  private record Baseline(double driveSeconds, double enclosureSeconds, double mttdlHours,
      double annualLoss) {}

  private static Baseline baseline(Layout l, Bandwidth bw, DurabilityParams p) {
    double driveS = driveRebuildSeconds(l, bw, p.rebuildShare());
    double enclosureS = enclosureRebuildSeconds(l, bw, p.rebuildShare());
    double mttdl = finite(chain(l, p.driveAfr(), p.enclosureAfr(), driveS, enclosureS, 1)
        .mttdlHours());
    return new Baseline(driveS, enclosureS, mttdl, annualLossProbability(mttdl));
  }

  private record Inputs(Layout layout, Bandwidth bandwidth, DurabilityParams params) {}

  private static Layout layout(Sizing z, DurabilityModel m) {
    Design d = z.design();
    DBoxModel box = d.dbox();
    int parity = d.capacity().parityStrips();
    return new Layout(z.dataStrips(), parity, parity, z.dataStrips() * m.rebuildReadFraction(),
        (long) d.dboxes() * box.drives(), box.drives(), d.dboxes(), box.driveBytes());
  }

  private static DurabilityParams params(DBoxModel box, DurabilityModel m,
      DurabilityParams.Overrides o) {
    return new DurabilityParams(box.driveAfr(), box.enclosureAfr(), m.rebuildShare(),
        m.correlationFactor()).with(o);
  }

  private static Inputs inputs(Sizing z, DurabilityModel m, DurabilityParams.Overrides o) {
    Design d = z.design();
    DBoxModel box = d.dbox();
    Layout layout = layout(z, m);
    Sizing survivors = survivors(d);
    Bandwidth bw = survivors == null
        ? new Bandwidth(z.readBytesPerSec(), z.readBound(), z.writeBytesPerSec(), z.writeBound(),
            0, z.readBound(), 0, z.writeBound())
        : new Bandwidth(z.readBytesPerSec(), z.readBound(), z.writeBytesPerSec(), z.writeBound(),
            survivors.readBytesPerSec(), survivors.readBound(), survivors.writeBytesPerSec(),
            survivors.writeBound());
    return new Inputs(layout, bw, params(box, m, o));
  }

  /**
   * The cloud baseline from its assumed layout: raw = usable / code efficiency on drives of the
   * catalog size, in shelves of the catalog count; its throughput is the per-100-PB figure, of
   * which a lost shelf takes its share.
   */
  public static Durability cloud(CloudObjectModel c, DurabilityModel m, double usableBytes,
      double readBytesPerSec, double writeBytesPerSec, DurabilityParams.Overrides o) {
    double efficiency = (double) c.dataFragments() / (c.dataFragments() + c.parityFragments());
    double needed = Math.ceil(usableBytes / efficiency / c.driveBytes() - 1e-9);
    if (!(needed <= MAX_DRIVES)) {
      throw new io.exaplan.config.InputException(c.id() + ": " + human(usableBytes,
          Dimension.BYTES) + " usable on drives of " + human(c.driveBytes(), Dimension.BYTES)
          + " needs more than " + String.format(Locale.ROOT, "%,.0f", MAX_DRIVES) + " drives; "
          + "check targetUsable and cloudObjects." + c.id() + ".driveSize");
    }
    long drives = Math.max(c.dataFragments() + c.parityFragments(), (long) needed);
    int perEnclosure = (int) Math.min(c.drivesPerEnclosure(), drives);
    long enclosures = (drives + perEnclosure - 1) / perEnclosure;
    Layout layout = new Layout(c.dataFragments(), c.parityFragments(), c.failuresTolerated(),
        c.repairReads(), drives, perEnclosure, enclosures, c.driveBytes());
    double left = (double) (enclosures - 1) / enclosures;
    Bandwidth bw = new Bandwidth(readBytesPerSec, Bound.MEDIA, writeBytesPerSec, Bound.MEDIA,
        readBytesPerSec * left, Bound.MEDIA, writeBytesPerSec * left, Bound.MEDIA);
    DurabilityParams p = new DurabilityParams(c.driveAfr(), c.enclosureAfr(), m.rebuildShare(),
        m.correlationFactor()).with(o);
    return analyse(layout, bw, p);
  }

  /** The same design with one enclosure fewer, or null when that is no longer a valid cluster. */
  private static Sizing survivors(Design d) {
    if (!hasSurvivors(d)) {
      return null;
    }
    int left = d.dboxes() - 1;
    return SizingEngine.size(Design.builder().dbox(d.dbox(), left).cnode(d.cnode(), d.cnodes())
        .switchModel(d.switchModel()).rack(d.rack(), d.rackPowerLimitWatts())
        .powerBasis(d.powerBasis()).capacity(d.capacity()).fabric(d.fabric()).build());
  }

  /** Whether one enclosure fewer is still a valid cluster (a whole-enclosure rebuild's readers). */
  private static boolean hasSurvivors(Design d) {
    int left = d.dboxes() - 1;
    int narrowest = d.capacity().minDataStrips() + d.capacity().parityStrips();
    return left >= 1 && (long) left * d.dbox().drives() >= narrowest;
  }

  /** Everything for one layout, bandwidth and set of inputs. */
  public static Durability analyse(Layout l, Bandwidth bw, DurabilityParams p) {
    double share = p.rebuildShare();
    Baseline b = baseline(l, bw, p);
    double driveS = b.driveSeconds();
    double enclosureS = b.enclosureSeconds();
    boolean enclosureCase = !Double.isNaN(enclosureS);
    double keep = 1 - share;
    double degradedRead = keep * (enclosureCase ? bw.survivorReadBytesPerSec()
        : bw.readBytesPerSec());
    double degradedWrite = keep * (enclosureCase ? bw.survivorWriteBytesPerSec()
        : bw.writeBytesPerSec());
    double slowdown = (enclosureCase ? bw.writeBytesPerSec() / bw.survivorWriteBytesPerSec() : 1)
        / keep;

    double mttdl = b.mttdlHours();
    double loss = b.annualLoss();
    List<Sensitivity> cases = new ArrayList<>();
    cases.add(new Sensitivity("baseline", "catalog inputs", p.driveAfr(), mttdl, loss,
        nines(loss)));
    for (int factor : new int[] {2, 5}) {
      double afr = p.driveAfr() * factor;
      cases.add(sensitivity("afr-x" + factor, "drive AFR x" + factor, afr,
          chain(l, afr, p.enclosureAfr(), driveS, enclosureS, 1).mttdlHours()));
    }
    cases.add(sensitivity("correlated", "enclosures fail " + sig(p.correlationFactor())
        + "x as often while any failure is unrepaired", p.driveAfr(),
        chain(l, p.driveAfr(), p.enclosureAfr(), driveS, enclosureS, p.correlationFactor())
            .mttdlHours()));
    cases.add(sensitivity("disjoint-groups", "stripes kept in disjoint groups of "
        + l.stripWidth() + " drives (optimistic bound)", p.driveAfr(),
        disjointGroupsMttdl(l, p, driveS, enclosureS)));

    List<String> notes = notes(l, bw, p, driveS, enclosureS, degradedRead, degradedWrite,
        slowdown, mttdl, loss);
    return new Durability(l.code(), l.dataStrips(), l.parityStrips(), l.tolerated(), l.drives(),
        l.enclosures(), p.driveAfr(), p.enclosureAfr(), share, driveS,
        enclosureCase ? enclosureS : null, enclosureCase ? "enclosure" : "drive", degradedRead,
        degradedWrite, slowdown, mttdl, loss, nines(loss), cases, notes);
  }

  /**
   * One lost drive: its bytes are rebuilt by reading {@code stripsReadPerRepair} strips for each
   * lost strip at the rebuild share of the read bound, and written back (efficiency user-bytes of
   * write budget per raw byte) at the share of the write bound; reads and writes overlap, so the
   * slower sets the time.
   */
  public static double driveRebuildSeconds(Layout l, Bandwidth bw, double share) {
    double read = l.driveBytes() * l.stripsReadPerRepair() / (share * bw.readBytesPerSec());
    double write = l.driveBytes() * l.efficiency() / (share * bw.writeBytesPerSec());
    return finite(Math.max(read, write));
  }

  /**
   * One lost enclosure, from the survivors' bounds. With s strips of a stripe in the enclosure,
   * each affected stripe is decoded once: the reduced read of a locally decodable code when it
   * lost one strip, all its data strips otherwise. NaN when the stripe cannot survive the loss.
   */
  public static double enclosureRebuildSeconds(Layout l, Bandwidth bw, double share) {
    if (!l.enclosureSurvivable() || !(bw.survivorReadBytesPerSec() > 0)
        || !(bw.survivorWriteBytesPerSec() > 0)) {
      return Double.NaN;
    }
    int s = l.stripsPerEnclosure();
    double lost = l.drivesPerEnclosure() * l.driveBytes();
    double stripsRead = s == 1 ? l.stripsReadPerRepair() : l.dataStrips();
    double read = lost / s * stripsRead / (share * bw.survivorReadBytesPerSec());
    double write = lost * l.efficiency() / (share * bw.survivorWriteBytesPerSec());
    return finite(Math.max(read, write));
  }

  /** Annual probability of losing data, losses arriving at rate 1/MTTDL: 1 - e^(-8766/MTTDL). */
  public static double annualLossProbability(double mttdlHours) {
    return -Math.expm1(-HOURS_PER_YEAR / mttdlHours);
  }

  /** "Nines": -log10 of the annual loss probability (0.999 = 3 nines). */
  public static double nines(double annualLossProbability) {
    return -Math.log10(annualLossProbability);
  }

  private static Sensitivity sensitivity(String id, String label, double afr, double hours) {
    double mttdl = finite(hours);
    double loss = annualLossProbability(mttdl);
    return new Sensitivity(id, label, afr, mttdl, loss, nines(loss));
  }

  /** The chain of the whole layout: every drive and enclosure is one failure domain. */
  static FailureChain chain(Layout l, double driveAfr, double enclosureAfr, double driveS,
      double enclosureS, double correlation) {
    return new FailureChain(l.tolerated(), l.stripsPerEnclosure(), l.drives(),
        l.drivesPerEnclosure(), l.enclosures(), driveAfr / HOURS_PER_YEAR,
        enclosureAfr / HOURS_PER_YEAR, perHour(driveS), perHour(enclosureS), correlation);
  }

  /** Repairs per hour of a rebuild taking {@code seconds}: 0 if it never ends or cannot run. */
  private static double perHour(double seconds) {
    return Double.isNaN(seconds) ? 0 : Math.min(MAX_RATE, 3600 / seconds);
  }

  /**
   * A time beyond the largest double (absurd inputs: a rebuild at 0 B/s, a layout that never
   * loses data) is reported as the largest double, so every output stays a finite number.
   */
  private static double finite(double time) {
    return Math.min(time, Double.MAX_VALUE);
  }

  /**
   * The Patterson-Gibson-Katz scaling: one stripe's drives (spread over enclosures as the layout
   * spreads them) form an independent group, and the system has drives / width such groups.
   */
  static double disjointGroupsMttdl(Layout l, DurabilityParams p, double driveS,
      double enclosureS) {
    int s = l.stripsPerEnclosure();
    int width = l.stripWidth();
    FailureChain group = new FailureChain(l.tolerated(), s, width, s, (width + s - 1) / s,
        p.driveAfr() / HOURS_PER_YEAR, p.enclosureAfr() / HOURS_PER_YEAR, perHour(driveS),
        perHour(enclosureS), 1);
    return group.mttdlHours() / ((double) l.drives() / width);
  }

  private static List<String> notes(Layout l, Bandwidth bw, DurabilityParams p, double driveS,
      double enclosureS, double degradedRead, double degradedWrite, double slowdown,
      double mttdl, double loss) {
    String share = pct(p.rebuildShare());
    List<String> out = new ArrayList<>();
    out.add("Stripes of " + l.code() + " over " + Units.grouped(l.drives())
        + " drives in " + Units.grouped(l.enclosures()) + " enclosures of "
        + l.drivesPerEnclosure() + " (" + strips(l.stripsPerEnclosure()) + " of a stripe per "
        + "enclosure); any " + l.tolerated() + " concurrent strip losses are survived.");
    double readBytes = l.driveBytes() * l.stripsReadPerRepair();
    out.add("Drive rebuild " + duration(driveS) + ": "
        + human(l.driveBytes(), Dimension.BYTES) + " lost x " + sig(l.stripsReadPerRepair())
        + " strips read per rebuilt strip (of " + l.dataStrips() + " data strips) = "
        + human(readBytes, Dimension.BYTES) + " read at " + share + " of "
        + human(bw.readBytesPerSec(), Dimension.BYTE_RATE) + " read (" + bw.readBound().key()
        + "-bound); the rewrite of " + human(l.driveBytes(), Dimension.BYTES) + " at " + share
        + " of " + human(bw.writeBytesPerSec(), Dimension.BYTE_RATE) + " write takes "
        + duration(l.driveBytes() * l.efficiency() / (p.rebuildShare() * bw.writeBytesPerSec()))
        + "; the slower of the two sets the time.");
    if (Double.isNaN(enclosureS) && l.enclosureSurvivable()) {
      out.add("An enclosure loss is survived but cannot be rebuilt: the other enclosures are too "
          + "few to form a cluster.");
    } else if (Double.isNaN(enclosureS)) {
      out.add("Losing an enclosure loses data: it holds " + strips(l.stripsPerEnclosure())
          + " of a " + l.stripWidth() + "-strip stripe, more than the " + l.tolerated()
          + " survived, or no other enclosure is left to rebuild from.");
    } else {
      int s = l.stripsPerEnclosure();
      double lost = l.drivesPerEnclosure() * l.driveBytes();
      double stripsRead = s == 1 ? l.stripsReadPerRepair() : l.dataStrips();
      out.add("Enclosure rebuild " + duration(enclosureS) + ": "
          + l.drivesPerEnclosure() + " x " + human(l.driveBytes(), Dimension.BYTES) + " = "
          + human(lost, Dimension.BYTES) + " lost, " + strips(s) + " per stripe, "
          + human(lost / s * stripsRead, Dimension.BYTES) + " read at " + share + " of the "
          + Units.grouped(l.enclosures() - 1) + " surviving enclosures' "
          + human(bw.survivorReadBytesPerSec(), Dimension.BYTE_RATE) + " read ("
          + bw.survivorReadBound().key() + "-bound).");
    }
    out.add("During " + (Double.isNaN(enclosureS) ? "a drive" : "an enclosure")
        + " rebuild training keeps " + pct(1 - p.rebuildShare()) + " of the bandwidth: read "
        + human(degradedRead, Dimension.BYTE_RATE) + ", write "
        + human(degradedWrite, Dimension.BYTE_RATE) + "; a synchronous checkpoint takes "
        + sig(slowdown) + "x as long as on the healthy system.");
    out.add("Mean time to data loss " + sci(mttdl) + " h (" + sci(mttdl / HOURS_PER_YEAR)
        + " years): Markov chain of " + Units.grouped(l.drives())
        + " drives failing at " + pct(p.driveAfr()) + " a year and " + Units.grouped(l.enclosures()) + " enclosures at " + pct(p.enclosureAfr())
        + ", repaired in the rebuild times above; annual loss probability " + sci(loss) + " = "
        + String.format(Locale.ROOT, "%.2f", nines(loss)) + " nines. Assumes independent, "
        + "exponentially distributed failures and repairs, and that any " + (l.tolerated() + 1)
        + " concurrent failures share a stripe.");
    return out;
  }

  /** A time as people read it; "never" when it cannot end (a rate of 0 B/s). */
  private static String duration(double seconds) {
    return finite(seconds) == Double.MAX_VALUE ? "never" : human(seconds, Dimension.DURATION);
  }

  private static String strips(int n) {
    return n + (n == 1 ? " strip" : " strips");
  }

  private static String pct(double fraction) {
    return sig(fraction * 100) + "%";
  }

  /** Scientific notation for quantities spanning many orders of magnitude: "3.90e+13". */
  static String sci(double v) {
    return String.format(Locale.ROOT, "%.2e", v);
  }
}
