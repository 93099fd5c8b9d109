package io.exaplan.design;

import io.exaplan.catalog.Catalog;
import io.exaplan.checkpoint.CheckpointCatalog;
import io.exaplan.checkpoint.CheckpointMode;
import io.exaplan.checkpoint.CloudAccount;
import io.exaplan.checkpoint.Outage;
import io.exaplan.config.Dimension;
import io.exaplan.config.Fields;
import io.exaplan.config.InputException;
import io.exaplan.config.Layer;
import io.exaplan.config.Location;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Units;
import io.exaplan.config.Yaml;
import io.exaplan.sizing.PowerBasis;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.time.format.DateTimeParseException;

/**
 * What the customer asks for: the fleet, its sites, the capacity every option is sized to, the
 * guidance level, the rack limits, the checkpoints to catch and the WAN outage to plan for.
 * Loaded from YAML over the built-in default, validated once against the catalog, then immutable.
 */
public record Scenario(
    String name,
    String date,
    long gpus,
    int sites,
    long clusterGpus,
    double targetUsableBytes,
    String guidance,
    String cnode,
    String switchModel,
    String rack,
    String cloudObject,
    double rackPowerLimitWatts,
    PowerBasis powerBasis,
    String checkpointModel,
    List<Double> checkpointCadencesSeconds,
    double checkpointStallFraction,
    CheckpointMode checkpointMode,
    List<Site> sitePlan,
    Central central,
    Outage.Policy outage,
    Training training,
    Limits limits,
    io.exaplan.layout.RackRules rackRules,
    // where each key was written, for messages: not part of the JSON contract
    @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Location> keyAt) {

  /**
   * The rules every design and the cloud baseline are held to (docs/model.md, "Job share, cloud
   * bounds and deployable designs").
   *
   * @param wanBytesPerSecPerSite the WAN each GPU site has to the central object store
   * @param cloudAccount the storage-account type (catalog/checkpoint.yaml accounts) the object
   *     store is built from; its ingress and egress limits bound the cloud baseline
   * @param minCnodesPerDbox the C:D floor: C-nodes per enclosure no design may go below (0.5 is
   *     the meeting's 1:2)
   * @param minDurabilityNines the durability floor the optimiser holds designs to
   * @param maxRebuildSeconds the longest enclosure (or drive) rebuild the optimiser accepts
   * @param accountRaise per-account limits the provider granted above the catalog's defaults
   *     (scenario key {@code cloudAccountLimits}); each NaN figure keeps the catalog's
   * @param hall the data hall every on-site option's racks must fit ({@code hall}); null: no
   *     hall given, and no option is judged against one
   */
  /** The built-in scenario's {@code wanRatePerSite}, 100 Gb/s: an assumption, listed as such. */
  static final double DEFAULT_WAN_BYTES_PER_SEC = 100e9 / 8;

  static final String WAN_ASSUMPTION = "assumption: one 100 Gb/s path per site to the central "
      + "object store; a storage account's default ingress is about 60 Gb/s, so the store needs "
      + "more than one account to take it";

  public record Limits(double wanBytesPerSecPerSite, String cloudAccount,
      double minCnodesPerDbox, double minDurabilityNines, double maxRebuildSeconds,
      AccountRaise accountRaise, io.exaplan.layout.Hall hall) {

    /**
     * The assumption behind the WAN rate, for the assumptions list of whatever uses it, when the
     * scenario keeps the built-in {@code wanRatePerSite}; empty when the user gave their own.
     */
    public List<String> wanAssumptions() {
      if (wanBytesPerSecPerSite != DEFAULT_WAN_BYTES_PER_SEC) {
        return List.of();
      }
      return List.of("wanRatePerSite = " + Units.human(wanBytesPerSecPerSite,
          Dimension.BYTE_RATE) + " (" + WAN_ASSUMPTION + ")");
    }

    /** The least C-nodes the C:D floor allows for {@code dboxes} enclosures (at least 1). */
    public int minCnodes(int dboxes) {
      return Math.max(1, (int) Math.ceil(dboxes * minCnodesPerDbox - 1e-9));
    }
  }

  /**
   * Storage-account limits raised on request above the catalog's defaults (providers grant
   * higher ingress, egress and capacity per account through support). NaN keeps the default.
   */
  public record AccountRaise(double capacityBytes, double ingressBytesPerSec,
      double egressBytesPerSec) {

    /** No raise: every figure is the catalog's. */
    public static final AccountRaise NONE = new AccountRaise(Double.NaN, Double.NaN, Double.NaN);

    /** {@code a} with the raised figures put in; a raise below a default is refused at binding. */
    public CloudAccount applyTo(CloudAccount a) {
      if (this.equals(NONE)) {
        return a;
      }
      return new CloudAccount(a.id(), a.name() + ", raised limits",
          Double.isNaN(capacityBytes) ? a.capacityBytes() : capacityBytes,
          Double.isNaN(ingressBytesPerSec) ? a.ingressBytesPerSec() : ingressBytesPerSec,
          Double.isNaN(egressBytesPerSec) ? a.egressBytesPerSec() : egressBytesPerSec,
          a.figures());
    }
  }

  /**
   * Training jobs sharing storage that serves {@code gpus} GPUs: gpus / clusterGpus, rounded up
   * (at least 1). The one formula for every option, site and checkpoint row.
   */
  public int jobsFor(long gpus) {
    return (int) Math.max(1, -Math.floorDiv(-gpus, clusterGpus));
  }

  /**
   * The write one job's checkpoint needs at {@code interval}: checkpoint / (stall x interval)
   * when synchronous, checkpoint / interval when asynchronous.
   */
  public double jobCheckpointWrite(double interval) {
    double bytes = io.exaplan.checkpoint.CheckpointSize.ofModel(checkpointModel)
        .checkpointBytes();
    return checkpointMode == CheckpointMode.ASYNC
        ? io.exaplan.checkpoint.Cadence.asyncFloorBytesPerSec(bytes, interval)
        : io.exaplan.checkpoint.Cadence.syncWriteBytesPerSec(bytes, interval,
            checkpointStallFraction);
  }

  /** A title made from the scenario's own figures, for a file that gives no name. */
  static String title(long gpus, int sites, double targetUsableBytes) {
    return String.format(java.util.Locale.ROOT, "%,d GPUs over %d site%s, compared at %s usable",
        gpus, sites, sites == 1 ? "" : "s", Units.human(targetUsableBytes, Dimension.BYTES));
  }

  public static final String BUILT_IN = "scenario/default.yaml";

  public Scenario {
    checkpointCadencesSeconds = List.copyOf(checkpointCadencesSeconds);
    sitePlan = List.copyOf(sitePlan);
    keyAt = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyAt));
  }

  /**
   * Where the value of {@code key} (dotted below a section: {@code central.checkpointInterval})
   * was written: the user's file, line and column, the flag that gave it, or the built-in
   * scenario's line when nobody overrode it.
   */
  public Location at(String key) {
    Location l = keyAt.get(key);
    return l != null ? l : new Location("built-in:" + BUILT_IN, 0, 0);
  }

  /**
   * A problem with this scenario's {@code key} that only the engine can see (a rule across the
   * scenario and the catalog), located where the user wrote the key: "s.yaml:3:17:
   * rackPowerLimit: ..." or "--rack-kw: ...".
   */
  public InputException problem(String key, String message) {
    Problems p = new Problems();
    p.add(at(key), key, message);
    try {
      p.throwIfAny();
    } catch (InputException e) {
      return e;
    }
    throw new IllegalStateException("unreachable");
  }

  /** More GPUs than any fleet; larger numbers are typing mistakes. */
  public static final long MAX_GPUS = 100_000_000L;
  /**
   * The highest rack power limit any key or flag takes, 10 MW: above any rack ever built (about
   * 1 MW is the densest planned), so a larger one is a typing mistake, not a design.
   */
  public static final double MAX_RACK_POWER_WATTS = 10e6;

  /** The longest WAN outage or catch-up window planned for: a year (longer is a typo). */
  public static final double MAX_OUTAGE_SECONDS = 365 * 86_400.0;
  /** The shortest {@code central.checkpointInterval}: a checkpoint takes seconds to write. */
  public static final double MIN_CENTRAL_INTERVAL_SECONDS = 1;

  /**
   * The least checkpoint stall fraction: 0.01% of the interval. The write target is the
   * checkpoint over (interval x fraction), so a vanishing fraction asks for an unbounded write
   * rate (1e-300 made it infinite and the site planner failed on it); at 1e-4 a 405B
   * checkpoint (5.682 TB) every 15 minutes already asks 5.682 TB / (900 s x 1e-4) = 63 TB/s.
   */
  public static final double MIN_STALL_FRACTION = 1e-4;

  /** The stall fraction's legal range, in the words of every message about it (key or flag). */
  public static final String STALL_FRACTION_RANGE = "a fraction from 0.0001 (0.01%) to 1";

  /** Whether {@code v} is a legal checkpoint stall fraction (key or flag: one range). */
  public static boolean legalStallFraction(double v) {
    return v >= MIN_STALL_FRACTION && v <= 1;
  }

  /** Upper bound of the outage policy's checkpoint counts (N, K): a million checkpoints. */
  private static final long MAX_COUNT = 1_000_000L;

  /** The built-in scenario against the built-in catalog. */
  public static Scenario builtIn() {
    return load(null, Catalog.builtIn());
  }

  /** The built-in scenario with {@code file}'s keys over it (null: none), checked against {@code c}. */
  public static Scenario load(Path file, Catalog c) {
    return load(file, Layer.of(), c);
  }

  /**
   * The built-in scenario with {@code file}'s keys over it (null: none) and {@code flags} over
   * those, bound and checked once against {@code c}: a flag and a key of the file share one
   * legal range and one message.
   */
  public static Scenario load(Path file, Layer flags, Catalog c) {
    Node base = Yaml.resource(BUILT_IN);
    Problems problems = new Problems();
    Scenario defaults = bind(Fields.of(base, "", problems), null, c);
    problems.throwIfAny();
    Node over = Layer.over(flags.isEmpty() ? null : flags.node(),
        file == null ? null : Yaml.read(file));
    return over == null ? defaults : defaults.with(over, "", c);
  }

  /**
   * This scenario with {@code overrides}' keys over it, checked against {@code c}: a scenario
   * file, a web form or a request body. {@code path} prefixes the keys in messages ("" for a
   * file, "scenario" inside a request).
   */
  public Scenario with(Node overrides, String path, Catalog c) {
    Problems problems = new Problems();
    Scenario s = bind(Fields.of(overrides, path, problems), this, c);
    problems.throwIfAny();
    return s;
  }

  /**
   * This scenario with another data hall (null: none): a site's own, already bound from the
   * sitePlan entry, so it is a value and not a key to layer over the scenario.
   */
  public Scenario withHall(io.exaplan.layout.Hall hall) {
    Limits l = new Limits(limits.wanBytesPerSecPerSite(), limits.cloudAccount(),
        limits.minCnodesPerDbox(), limits.minDurabilityNines(), limits.maxRebuildSeconds(),
        limits.accountRaise(), hall);
    return new Scenario(name, date, gpus, sites, clusterGpus, targetUsableBytes, guidance, cnode,
        switchModel, rack, cloudObject, rackPowerLimitWatts, powerBasis,
        checkpointModel, checkpointCadencesSeconds, checkpointStallFraction, checkpointMode,
        sitePlan, central, outage, training, l, rackRules, keyAt);
  }

  /**
   * This scenario with {@code layer}'s keys over it (a command's flags, a study's variation),
   * checked against {@code c} as a file's keys are: the one way to change a bound scenario.
   */
  public Scenario with(Layer layer, Catalog c) {
    return layer.isEmpty() ? this : with(layer.node(), "", c);
  }

  /**
   * This scenario with one key set to a value a study computed (an audited claim's variant, a
   * sensitivity factor, a site's own rack limit), bound and checked as a file's key is, its
   * name kept; {@code why} says where the value came from in a message.
   */
  public Scenario vary(String key, String text, String why, Catalog c) {
    return with(Layer.of().put("name", name, at("name")).put(key, text, new Location(why, 0, 0)),
        c);
  }

  private static Scenario bind(Fields f, Scenario d, Catalog c) {
    String name = f.name("name", d == null ? null : d.name);
    boolean titled = d == null || f.has("name") || f.keys().isEmpty();
    String date = f.text("date", d == null ? null : d.date);
    if (date != null) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        f.problem("date", "'" + date + "' is not a date; expected YYYY-MM-DD");
      }
    }
    long gpus = f.count("gpus", d == null ? null : (int) d.gpus, 1, MAX_GPUS);
    int sites = f.count("sites", d == null ? null : d.sites, 1, 1000);
    long cluster = f.count("clusterGpus", d == null ? null : (int) d.clusterGpus, 1, MAX_GPUS);
    double target = f.quantity("targetUsable", Dimension.BYTES,
        d == null ? Double.NaN : d.targetUsableBytes, true);
    String guidance = ref(f, "guidance", d == null ? null : d.guidance, c.guidance().keySet());
    String cnode = ref(f, "cnode", d == null ? null : d.cnode, c.cnodes().keySet());
    String sw = ref(f, "switch", d == null ? null : d.switchModel, c.switches().keySet());
    String rack = ref(f, "rack", d == null ? null : d.rack, c.racks().keySet());
    String cloud = ref(f, "cloudObject", d == null ? null : d.cloudObject,
        c.cloudObjects().keySet());
    double limit = rackLimit(f, "rackPowerLimit", d == null ? Double.NaN : d.rackPowerLimitWatts);
    String basisText = f.text("powerBasis", d == null ? null : d.powerBasis.key());
    PowerBasis basis = PowerBasis.parse(basisText);
    if (basis == null) {
      f.problem("powerBasis", "'" + basisText + "' is not typical or max");
    }
    if (gpus > 0 && cluster > gpus) {
      f.problem("clusterGpus", "must not exceed gpus (" + gpus + "), got " + cluster);
    }
    String model = f.text("checkpointModel", d == null ? null : d.checkpointModel);
    if (model != null && CheckpointCatalog.builtIn().resolveModel(model) == null) {
      f.problem("checkpointModel", "unknown model '" + model + "'; expected one of: "
          + String.join(", ", CheckpointCatalog.builtIn().models().keySet())
          + ", or a whole number of parameters");
    }
    List<Double> cadences = d == null || f.has("checkpointCadences")
        ? f.positives("checkpointCadences", Dimension.DURATION) : d.checkpointCadencesSeconds;
    double stall = f.quantity("checkpointStallFraction", Dimension.NUMBER,
        d == null ? Double.NaN : d.checkpointStallFraction, true);
    if (!Double.isNaN(stall) && !legalStallFraction(stall)) {
      f.problem("checkpointStallFraction", "must be " + STALL_FRACTION_RANGE + ", got "
          + (stall < MIN_STALL_FRACTION ? String.valueOf(stall) : Units.sig(stall)));
    }
    String modeText = f.text("checkpointMode", d == null ? null : d.checkpointMode.key());
    CheckpointMode mode = CheckpointMode.parse(modeText);
    if (mode == null) {
      f.problem("checkpointMode", "'" + modeText + "' is not sync or async");
    }
    List<Site> plan = f.has("sitePlan") ? sitePlan(f) : d == null ? List.of() : d.sitePlan;
    checkPlan(f, plan, gpus, sites);
    Central central = central(f, d == null ? null : d.central);
    Outage.Policy outage = outage(f, d == null ? null : d.outage);
    Training training = Training.bind(f, d == null ? null : d.training, c);
    Limits limits = limits(f, d == null ? null : d.limits);
    io.exaplan.layout.RackRules rackRules = rackRules(f, d == null ? null : d.rackRules);
    f.finish();
    // A title states the fleet, its sites and the target: a file that changes one of them and
    // gives no name is titled from its own figures, never left with the built-in title.
    if (!titled && (gpus != d.gpus || sites != d.sites || target != d.targetUsableBytes)) {
      name = title(gpus, sites, target);
    }
    return new Scenario(name, date, gpus, sites, cluster, target, guidance, cnode, sw, rack, cloud,
        limit, basis, model, cadences, stall, mode, plan, central, outage, training, limits,
        rackRules, located(f, d));
  }

  /** {@code d}'s key locations with those of {@code f}'s keys over them, nested ones dotted. */
  private static Map<String, Location> located(Fields f, Scenario d) {
    Map<String, Location> out = new LinkedHashMap<>(d == null ? Map.of() : d.keyAt);
    for (String key : f.keys()) {
      Node n = f.node(key);
      out.put(key, n.at());
      if (n instanceof Node.MapNode m) {
        m.entries().forEach((k, v) -> out.put(key + "." + k, v.at()));
      }
    }
    return out;
  }

  private static List<Site> sitePlan(Fields f) {
    List<Site> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Node> items = f.list("sitePlan");
    for (int i = 0; i < items.size(); i++) {
      Fields g = Fields.of(items.get(i), f.pathOf("sitePlan") + "[" + i + "]", f.problems());
      String name = g.name("name", null);
      if (!name.isEmpty() && !names.add(name)) {
        g.problem("name", "duplicate site name '" + name + "'");
      }
      long gpus = g.count("gpus", null, 1, MAX_GPUS);
      Double limit = g.has("rackPowerLimit")
          ? rackLimit(g, "rackPowerLimit", Double.NaN) : null;
      Integer maxRacks = g.has("maxRacks") ? g.count("maxRacks", null, 1, 1_000_000) : null;
      Double usable = g.has("usable")
          ? g.quantity("usable", Dimension.BYTES, Double.NaN, true) : null;
      double read = g.quantity("minRead", Dimension.BYTE_RATE, 0, false);
      double write = g.quantity("minWrite", Dimension.BYTE_RATE, 0, false);
      Integer jobs = g.has("jobs") ? g.count("jobs", null, 1, 1_000_000) : null;
      io.exaplan.layout.Hall hall = io.exaplan.layout.Hall.bind(g, "hall", null);
      String storage = g.text("storage", Site.OPTIMISED);
      if (!Site.STORAGE.contains(storage)) {
        g.problem("storage", "'" + storage + "' is not one of " + String.join(", ", Site.STORAGE));
      }
      g.finish();
      out.add(new Site(name, gpus, limit, maxRacks, usable, read, write, jobs, storage, hall));
    }
    return out;
  }

  /** A plan, when given, must account for the fleet: its sites and GPUs add up. */
  private static void checkPlan(Fields f, List<Site> plan, long gpus, int sites) {
    if (plan.isEmpty()) {
      return;
    }
    long sum = plan.stream().mapToLong(Site::gpus).sum();
    if (sum != gpus) {
      f.problem("sitePlan", "site GPUs add up to " + sum + " but gpus is " + gpus
          + "; expected the sites to split the fleet");
    }
    if (plan.size() != sites) {
      f.problem("sitePlan", "lists " + plan.size() + " site(s) but sites is " + sites
          + "; expected one entry per site");
    }
  }

  private static Central central(Fields top, Central d) {
    if (!top.has("central")) {
      return d;
    }
    Fields f = top.map("central");
    int kept = f.count("copiesKept", d == null ? null : d.copiesKept(), 1, 1_000_000);
    double interval = f.quantity("checkpointInterval", Dimension.DURATION,
        d == null ? Double.NaN : d.checkpointIntervalSeconds(), true);
    if (interval < MIN_CENTRAL_INTERVAL_SECONDS) {
      // 0.001 s made the store ingest 3,409 TB/s: 1,091 EB, 240,005 racks and 2.9 GW
      f.problem("checkpointInterval", "must be at least 1 s, got '" + f.written(
          "checkpointInterval") + "'; expected how often each job checkpoints locally, such "
          + "as 5m (no job writes its checkpoint more than once a second)");
      interval = Double.NaN;
    }
    f.finish();
    return new Central(kept, interval);
  }

  /** The outage keys: each falls back to {@code d}'s (the built-in scenario's) value. */
  private static Outage.Policy outage(Fields f, Outage.Policy d) {
    int copyEvery = f.count("outageCopyEvery", d == null ? null : d.copyEvery(), 1, MAX_COUNT);
    int keepLocal = f.count("outageKeepLocal", d == null ? null : d.keepLocal(), 1, MAX_COUNT);
    double duration = atMost(f, "outageDuration", Dimension.DURATION,
        d == null ? Double.NaN : d.outageSeconds(), MAX_OUTAGE_SECONDS, "a WAN outage");
    double catchUp = atMost(f, "outageCatchUp", Dimension.DURATION,
        d == null ? Double.NaN : d.catchUpSeconds(), MAX_OUTAGE_SECONDS, "a catch-up window");
    String account = ref(f, "outageAccount", d == null ? null : d.account(),
        CheckpointCatalog.builtIn().accounts().keySet());
    return new Outage.Policy(copyEvery, keepLocal, duration, catchUp, account);
  }

  /** The rule keys; each falls back to {@code d}'s (the built-in scenario's) value. */
  private static Limits limits(Fields f, Limits d) {
    double wan = f.quantity("wanRatePerSite", Dimension.BYTE_RATE,
        d == null ? Double.NaN : d.wanBytesPerSecPerSite(), true);
    String account = ref(f, "cloudAccount", d == null ? null : d.cloudAccount(),
        CheckpointCatalog.builtIn().accounts().keySet());
    double ratio = f.quantity("minCnodesPerDbox", Dimension.NUMBER,
        d == null ? Double.NaN : d.minCnodesPerDbox(), false);
    if (ratio > 100) {
      f.problem("minCnodesPerDbox", "must be at most 100 C-nodes per enclosure, got "
          + Units.sig(ratio));
    }
    double nines = f.quantity("minDurabilityNines", Dimension.NUMBER,
        d == null ? Double.NaN : d.minDurabilityNines(), false);
    if (nines > 30) {
      f.problem("minDurabilityNines", "must be at most 30 nines, got " + Units.sig(nines));
    }
    double rebuild = f.quantity("maxRebuild", Dimension.DURATION,
        d == null ? Double.NaN : d.maxRebuildSeconds(), true);
    AccountRaise raise = d == null ? AccountRaise.NONE : d.accountRaise();
    if (f.has("cloudAccountLimits")) {
      raise = accountRaise(f.map("cloudAccountLimits"), account);
    }
    io.exaplan.layout.Hall hall = io.exaplan.layout.Hall.bind(f, "hall",
        d == null ? null : d.hall());
    return new Limits(wan, account, ratio, nines, rebuild, raise, hall);
  }

  /**
   * {@code cloudAccountLimits: {capacity, ingress, egress}}: each optional, none below the
   * account type's default (a raise is granted on request; a cut would be a different type).
   */
  private static AccountRaise accountRaise(Fields f, String accountId) {
    CloudAccount a = accountId == null ? null
        : CheckpointCatalog.builtIn().accounts().get(accountId);
    double cap = raised(f, "capacity", Dimension.BYTES, a == null ? 0 : a.capacityBytes());
    double in = raised(f, "ingress", Dimension.BYTE_RATE, a == null ? 0 : a.ingressBytesPerSec());
    double out = raised(f, "egress", Dimension.BYTE_RATE, a == null ? 0 : a.egressBytesPerSec());
    f.finish();
    return new AccountRaise(cap, in, out);
  }

  private static double raised(Fields f, String key, Dimension d, double floor) {
    if (!f.has(key)) {
      return Double.NaN;
    }
    double v = f.quantity(key, d, Double.NaN, true);
    if (v < floor) {
      f.problem(key, "a raised limit must be at least the account type's default "
          + Units.human(floor, d) + ", got " + Units.human(v, d));
    }
    return v;
  }

  /**
   * The physical rack keys (feed, airCoolingLimit, floorLoading, surviveRackLoss); each falls
   * back to {@code d}'s (the built-in scenario's) value, a feed key by key.
   */
  private static io.exaplan.layout.RackRules rackRules(Fields top, io.exaplan.layout.RackRules d) {
    io.exaplan.layout.RackRules.Feed feed = d == null ? null : d.feed();
    if (top.has("feed")) {
      Fields f = top.map("feed");
      int volts = f.count("volts", feed == null ? null : feed.volts(), 1, 100_000);
      int amps = f.count("amps", feed == null ? null : feed.amps(), 1, 32_767);
      String phaseText = f.text("phase", feed == null ? null : feed.phase().key());
      io.exaplan.layout.RackRules.Phase phase = io.exaplan.layout.RackRules.Phase.parse(phaseText);
      if (phase == null) {
        f.problem("phase", "'" + phaseText + "' is not single-phase or three-phase");
        phase = io.exaplan.layout.RackRules.Phase.SINGLE;
      }
      double util = f.quantity("maxUtilization", Dimension.NUMBER,
          feed == null ? Double.NaN : feed.maxUtilization(), true);
      if (util > 1 || Math.abs(util * 100 - Math.round(util * 100)) > 1e-9) {
        f.problem("maxUtilization", "must be a whole percentage from 1% to 100% (NetBox's "
            + "max_utilization), got " + Units.sig(util * 100) + "%");
      }
      f.finish();
      feed = new io.exaplan.layout.RackRules.Feed(volts, amps, phase, util);
    }
    double air = top.quantity("airCoolingLimit", Dimension.POWER,
        d == null ? Double.NaN : d.airCoolingLimitWatts(), true);
    double floor = top.quantity("floorLoading", Dimension.PRESSURE,
        d == null ? Double.NaN : d.floorLoadingPascals(), true);
    boolean survive = top.flag("surviveRackLoss", d != null && d.surviveRackLoss());
    return new io.exaplan.layout.RackRules(feed, air, floor, survive);
  }

  /**
   * A rack power limit written {@code text} at {@code at} (a flag's list of limits to choose
   * from), checked as the rackPowerLimit key is: the one range and message for both.
   */
  public static double rackPowerLimit(String text, Location at) {
    Problems p = new Problems();
    double w = rackLimit(Fields.of(Layer.of().put("rackPowerLimit", text, at).node(), "", p),
        "rackPowerLimit", Double.NaN);
    p.throwIfAny();
    return w;
  }

  /** A quantity greater than zero and at most {@code max}: one range for key and flag. */
  private static double atMost(Fields f, String key, Dimension d, double fallback, double max,
      String what) {
    double v = f.quantity(key, d, fallback, true);
    if (v > max) {
      f.problem(key, "must be at most " + Units.human(max, d) + ", got '" + f.written(key)
          + "'; expected " + what + " of at most " + Units.human(max, d));
      return Double.NaN;
    }
    return v;
  }

  /** A rack power limit: greater than zero and at most {@link #MAX_RACK_POWER_WATTS}. */
  private static double rackLimit(Fields f, String key, double fallback) {
    double w = f.quantity(key, Dimension.POWER, fallback, true);
    if (w > MAX_RACK_POWER_WATTS) {
      f.problem(key, "must be at most " + Units.human(MAX_RACK_POWER_WATTS, Dimension.POWER)
          + ", got '" + f.written(key) + "'; expected a rack's power limit");
      return Double.NaN;
    }
    return w;
  }

  private static String ref(Fields f, String key, String fallback, java.util.Set<String> known) {
    String v = f.text(key, fallback);
    if (v != null && !known.contains(v)) {
      f.problem(key, "unknown id '" + v + "'; expected one of: " + String.join(", ", known));
    }
    return v;
  }
}
