package io.exaplan.design;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.durability.Durability;
import io.exaplan.sizing.Bound;
import io.exaplan.sizing.RackBound;
import java.util.List;

/**
 * One design option as every output shows it: the contract of {@code compare} and {@code size}
 * JSON. The figures are grouped by concern (who it is, what hardware, capacity, throughput, space,
 * power, guidance, notes, durability) so a new figure goes into one small record; Jackson unwraps
 * every group, so the JSON stays one flat object whose keys do not move. SI units; null where a
 * figure does not exist for this kind of option (the cloud baseline has no C-nodes, no raw
 * capacity and no per-bound breakdown). The per-unit figures (per rack, per watt, per GPU) are
 * derived from the groups, never stored, so they cannot disagree with them.
 */
@JsonPropertyOrder({"identity", "hardware", "capacity", "throughput", "remote", "gpuSide",
    "space", "power", "physical", "perUnit", "compliance", "restore", "commentary", "durability",
    "floor"})
public record Option(
    @JsonUnwrapped Identity identity,
    @JsonUnwrapped Hardware hardware,
    @JsonUnwrapped Capacity capacity,
    @JsonUnwrapped Throughput throughput,
    @JsonUnwrapped Remote remote,
    @JsonUnwrapped Space space,
    @JsonUnwrapped Power power,
    @JsonUnwrapped Compliance compliance,
    @JsonUnwrapped Commentary commentary,
    Durability durability,
    @JsonUnwrapped GpuSide gpuSide,
    @JsonUnwrapped io.exaplan.checkpoint.JobOnDesign.Restore restore,
    @JsonUnwrapped io.exaplan.layout.Physical physical,
    @JsonUnwrapped Floor floor) {

  /**
   * This option with its capacity verdict taken against {@code targetUsableBytes} instead of the
   * scenario's target: a site's design holds the site's share of the fleet's target, not all of
   * it.
   */
  public Option judgedAgainst(double targetUsableBytes) {
    Capacity k = capacity;
    Capacity judged = new Capacity(k.rawBytes(), k.usableBytes(), k.usableRatio(),
        k.dataStrips(), k.parityStrips(), k.stripeRule(),
        Capacity.meets(k.usableBytes(), targetUsableBytes));
    return new Option(identity, hardware, judged, throughput, remote, space, power, compliance,
        commentary, durability, gpuSide, restore, physical, floor);
  }

  /**
   * Whether the option's racks fit the scenario's data hall, one rack per floor position
   * (docs/model.md, "The hall and the floor plan"). All three null when no hall is given, or
   * for storage that is not on site (the cloud baseline's racks stand in the provider's region).
   *
   * @param fitsFloor racks <= positions
   * @param floorPositionsUsed positions the option takes: one per rack
   * @param floorPositions positions the hall offers: rows x racks per row, less reserved ones
   */
  public record Floor(Boolean fitsFloor, Integer floorPositionsUsed, Integer floorPositions) {

    /** No hall to judge against. */
    public static final Floor NO_HALL = new Floor(null, null, null);

    /** {@code racks} racks on site in {@code hall} (null: no hall given). */
    public static Floor of(io.exaplan.layout.Hall hall, int racks) {
      return hall == null ? NO_HALL : new Floor(hall.fits(racks), racks, hall.positions());
    }

    /**
     * The verdict in words, the one text every table and verdict row shows: "yes: 35 of 135
     * positions", "no: 162 of 135 positions", "no hall given", or "not on site".
     */
    public String verdict(boolean onSite) {
      if (!onSite) {
        return "not on site";
      }
      if (fitsFloor == null) {
        return "no hall given";
      }
      return (fitsFloor ? "yes: " : "no: ") + floorPositionsUsed + " of " + floorPositions
          + " positions";
    }
  }

  /**
   * Which option this is, how many GPUs it serves and how many training jobs share it
   * ({@link Scenario#jobsFor}: GPUs served / the scenario's cluster size, rounded up).
   */
  public record Identity(String id, String name, String family, long gpusServed, int jobs) {}

  /**
   * The devices: enclosure, C-node and switch models and counts. The cloud baseline names its
   * object-store model as {@code dboxModel} and has no devices of its own ({@link #none}).
   */
  public record Hardware(
      String dboxModel,
      int dboxes,
      String cnodeModel,
      int cnodes,
      String switchModel,
      int switches,
      int leafSwitches,
      int spineSwitches) {

    /** A service whose internals are not modelled: only the model id is known. */
    public static Hardware none(String modelId) {
      return new Hardware(modelId, 0, null, 0, null, 0, 0, 0);
    }
  }

  /** Raw and usable bytes and the erasure-coding stripe that relates them. */
  public record Capacity(
      Double rawBytes,
      double usableBytes,
      Double usableRatio,
      Integer dataStrips,
      Integer parityStrips,
      String stripeRule,
      boolean meetsCapacityTarget) {

    /**
     * Usable bytes only (raw capacity and stripe are not public); {@code target} is the
     * scenario's usable target.
     */
    public static Capacity usableOnly(double usableBytes, double target) {
      return new Capacity(null, usableBytes, null, null, null, null, meets(usableBytes, target));
    }

    /** usable >= target, to a part in a million (a target met by rounding counts as met). */
    public static boolean meets(double usableBytes, double target) {
      return usableBytes >= target * (1 - 1e-6);
    }
  }

  /**
   * Where the storage sits behind a WAN (the cloud baseline): the storage accounts it takes,
   * their summed ingress (write) and egress (read), the sites' summed WAN, and the rate inside
   * the store's region, min(media, accounts). Null for storage at the GPU sites.
   */
  public record Remote(
      String storageAccount,
      Integer storageAccounts,
      Double accountReadBytesPerSec,
      Double accountWriteBytesPerSec,
      Double wanReadBytesPerSec,
      Double wanWriteBytesPerSec,
      Double inRegionReadBytesPerSec,
      Double inRegionWriteBytesPerSec) {

    /** Storage at the GPU sites: no accounts, no WAN. */
    public static final Remote LOCAL = new Remote(null, null, null, null, null, null, null, null);
  }

  /** Read and write rates, which bound binds each, and every bound's own figure. */
  public record Throughput(
      double readBytesPerSec,
      double writeBytesPerSec,
      Bound readBound,
      Bound writeBound,
      @JsonUnwrapped Terms terms) {

    /** The three bounds of each direction; null where a bound is not modelled. */
    @JsonPropertyOrder({"frontendReadBytesPerSec", "mediaReadBytesPerSec",
        "networkReadBytesPerSec", "frontendWriteBytesPerSec", "mediaWriteBytesPerSec",
        "networkWriteBytesPerSec"})
    public record Terms(
        Double frontendReadBytesPerSec,
        Double mediaReadBytesPerSec,
        Double networkReadBytesPerSec,
        Double frontendWriteBytesPerSec,
        Double mediaWriteBytesPerSec,
        Double networkWriteBytesPerSec) {

      /** Only the media bound is known. */
      public static Terms mediaOnly(double read, double write) {
        return new Terms(null, read, null, null, write, null);
      }
    }
  }

  /**
   * Rack units, racks and which of space, power or whole-device packing sets the rack count.
   * {@code packingBoundRacks} and {@code racksLowerBound} are the layout engine's certificate
   * (docs/model.md, "Racks: the layout engine"): racks equal to the lower bound are proven the
   * fewest. Null for options whose devices are not modelled (the cloud baseline).
   */
  public record Space(
      int nodeRackUnits,
      int switchRackUnits,
      long rackUnits,
      int racks,
      RackBound rackBound,
      long spaceBoundRacks,
      long powerBoundRacks,
      double rackPowerLimitWatts,
      Long packingBoundRacks,
      Long racksLowerBound) {}

  /** Typical and maximum draw. */
  public record Power(double powerWatts, double powerMaxWatts) {}

  /** Figures per rack, per watt (typical) and per GPU served: derived, see {@link #perUnit}. */
  public record PerUnit(
      double usableBytesPerRack,
      double readBytesPerSecPerWatt,
      double writeBytesPerSecPerWatt,
      double readBytesPerSecPerGpu,
      double writeBytesPerSecPerGpu) {}

  /** NVIDIA certification of the hardware and the guidance check for the GPUs served. */
  public record Compliance(boolean certified, GuidanceCheck guidance) {}

  /** The arithmetic in words and the catalog assumptions the option rests on. */
  public record Commentary(List<String> notes, List<String> assumptions) {
    public Commentary {
      notes = List.copyOf(notes);
      assumptions = List.copyOf(assumptions);
    }
  }

  /** The per-unit figures: usable / racks, rate / typical watts, rate / GPUs served. */
  @JsonProperty("perUnit")
  @JsonUnwrapped
  public PerUnit perUnit() {
    return new PerUnit(capacity.usableBytes() / space.racks(),
        throughput.readBytesPerSec() / power.powerWatts(),
        throughput.writeBytesPerSec() / power.powerWatts(),
        throughput.readBytesPerSec() / identity.gpusServed(),
        throughput.writeBytesPerSec() / identity.gpusServed());
  }

  // Shorthands for the figures almost every caller needs. Not record components and not
  // getter-named, so Jackson does not see them: the JSON has each key once, from its group.

  public String id() {
    return identity.id();
  }

  public String name() {
    return identity.name();
  }

  public String family() {
    return identity.family();
  }

  public int jobs() {
    return identity.jobs();
  }

  public List<String> notes() {
    return commentary.notes();
  }

  public List<String> assumptions() {
    return commentary.assumptions();
  }

  /** Whether the hall is judged: the cloud baseline's racks are not on site. */
  public String floorVerdict() {
    return floor.verdict(!"cloud".equals(family()));
  }
}
