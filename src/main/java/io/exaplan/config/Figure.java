package io.exaplan.config;

/** A catalog number in SI units, its dimension, and the id of the source that backs it. */
public record Figure(double value, Dimension dimension, String sourceId, Location at) {

  /** The value as a person reads it: "550 W", "61.44 TB", "0.0888". */
  public String human() {
    return Units.human(value, dimension);
  }
}
