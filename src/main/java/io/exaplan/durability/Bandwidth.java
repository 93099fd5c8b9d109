package io.exaplan.durability;

import io.exaplan.sizing.Bound;

/**
 * User-visible throughput of the healthy system and of the system with one enclosure gone (the
 * survivors a whole-enclosure rebuild reads from), with the bound that sets each. Writes are user
 * bytes; a rebuild's writes are raw strips, so they cost efficiency x raw bytes of write budget.
 */
public record Bandwidth(
    double readBytesPerSec,
    Bound readBound,
    double writeBytesPerSec,
    Bound writeBound,
    double survivorReadBytesPerSec,
    Bound survivorReadBound,
    double survivorWriteBytesPerSec,
    Bound survivorWriteBound) {

  public Bandwidth {
    if (!(readBytesPerSec > 0) || !(writeBytesPerSec > 0) || !(survivorReadBytesPerSec >= 0)
        || !(survivorWriteBytesPerSec >= 0)) {
      throw new IllegalArgumentException("bandwidths must be positive: read " + readBytesPerSec
          + ", write " + writeBytesPerSec + ", survivors " + survivorReadBytesPerSec + " / "
          + survivorWriteBytesPerSec);
    }
  }
}
