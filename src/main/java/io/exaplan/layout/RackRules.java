package io.exaplan.layout;

import io.exaplan.packing.RackLoss;

/**
 * The site's physical limits every rack of a plan is checked against (scenario keys {@code feed},
 * {@code airCoolingLimit}, {@code floorLoading}, {@code surviveRackLoss}; docs/model.md,
 * "Physical checks per rack"). Kept in the layout package, beside the plan they judge, so the
 * checks and the NetBox export read one feed.
 *
 * @param feed the power feed on each of a rack's two sides (A and B)
 * @param airCoolingLimitWatts heat one air-cooled rack position can reject
 * @param floorLoadingPascals the floor's distributed load rating
 * @param surviveRackLoss when true, enclosures per rack are capped so that losing a whole rack
 *     loses no stripe ({@link RackLoss})
 */
public record RackRules(Feed feed, double airCoolingLimitWatts, double floorLoadingPascals,
    boolean surviveRackLoss) {

  /** Standard gravity: a mass of 1 kg per m2 loads the floor with 9.80665 Pa. */
  public static final double GRAVITY = 9.80665;

  /** The built-in scenario's {@code floorLoading}, 12 kPa: a sourced figure, listed with it. */
  public static final double DEFAULT_FLOOR_LOADING_PASCALS = 12e3;

  /** Where the built-in floor rating comes from (scenario/default.yaml says the same). */
  static final String FLOOR_LOADING_SOURCE = "source: TIA-942 asks a Rated-3 data centre for "
      + "a 12 kPa (250 lbf/ft2) superimposed live load (EPI, the TIA-942 certification body, "
      + "https://www.epi-ap.com/content/28/641/); EIA/TIA-569's minimum for telecommunications "
      + "equipment rooms is the same 12.0 kPa (GSA P100, 4.3 Structural Loads)";

  /**
   * The source of the floor rating, for the assumptions list of whatever checks racks against
   * it, when the scenario keeps the built-in {@code floorLoading}; empty when the user gave
   * their own (theirs is then the source).
   */
  public java.util.List<String> floorLoadingSources() {
    if (floorLoadingPascals != DEFAULT_FLOOR_LOADING_PASCALS) {
      return java.util.List.of();
    }
    return java.util.List.of("floorLoading = 12 kPa (" + FLOOR_LOADING_SOURCE + ")");
  }

  /** Supply phases NetBox's power feeds know. */
  public enum Phase {
    SINGLE("single-phase"),
    THREE("three-phase");

    private final String key;

    Phase(String key) {
      this.key = key;
    }

    /** NetBox's value: "single-phase", "three-phase". */
    public String key() {
      return key;
    }

    /** The phase named {@code text}, or null. */
    public static Phase parse(String text) {
      for (Phase p : values()) {
        if (p.key.equals(text)) {
          return p;
        }
      }
      return null;
    }
  }

  /**
   * One rack feed as NetBox records it (voltage, amperage, phase, max_utilization): its usable
   * power is what NetBox computes, {@code round(V x A x utilisation x 1.732)} for three phases
   * (NetBox's own constant for the square root of 3), {@code round(V x A x utilisation)} for one.
   * Each of a rack's two feeds must carry the whole rack when the other fails.
   *
   * @param volts line-to-line voltage (three-phase) or line voltage (single-phase)
   * @param amps the breaker rating
   * @param phase single or three phases
   * @param maxUtilization share of the breaker rating a continuous load may use (0-1]
   */
  public record Feed(int volts, int amps, Phase phase, double maxUtilization) {

    /** NetBox's factor for a three-phase feed (dcim.models.PowerFeed.save). */
    public static final double THREE_PHASE = 1.732;

    /** What one feed carries: NetBox's available_power, in whole watts. */
    public double ratingWatts() {
      double kva = (double) volts * amps * maxUtilization;
      return Math.round(phase == Phase.THREE ? kva * THREE_PHASE : kva);
    }

    /** NetBox's max_utilization, a whole percentage. */
    public int utilizationPercent() {
      return (int) Math.round(maxUtilization * 100);
    }
  }

  /** Floor loading in kg per m2 (pascals / standard gravity), as floor ratings are quoted. */
  public double floorLoadingKgPerSquareMetre() {
    return floorLoadingPascals / GRAVITY;
  }
}
