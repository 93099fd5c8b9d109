package io.exaplan.design;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.durability.Durability;
import java.util.List;

/**
 * One option's durability as the {@code durability} command prints it: which option, then the
 * durability keys inline ({@code parity}, {@code driveRebuildSeconds}, ...), then the assumptions
 * the option rests on.
 */
public record OptionDurability(
    String option, String name, int jobs, @JsonUnwrapped Durability durability,
    List<String> assumptions, @JsonIgnore double reachWriteBytesPerSec) {

  /**
   * {@code o} with durability {@code d}. {@code reachWriteBytesPerSec} caps what the GPUs see
   * during a rebuild: the option's own write (the WAN for the cloud baseline, whose rebuild runs
   * inside its region).
   */
  public static OptionDurability of(Option o, Durability d) {
    return new OptionDurability(o.id(), o.name(), o.jobs(), d, o.assumptions(),
        o.throughput().writeBytesPerSec());
  }

  /** Write the GPUs see while the worst rebuild runs: min(degraded write, the option's reach). */
  public double checkpointWriteDuringRebuild() {
    return Math.min(durability.degradedWriteBytesPerSec(), reachWriteBytesPerSec);
  }

  public OptionDurability {
    assumptions = List.copyOf(assumptions);
  }
}
