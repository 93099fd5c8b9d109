package io.exaplan.design;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.exaplan.durability.Durability;
import java.util.List;

/**
 * One option's durability as the {@code durability} command prints it: which option, then the
 * durability keys inline ({@code parity}, {@code driveRebuildSeconds}, ...), then the assumptions
 * the option rests on.
 */
public record OptionDurability(
    String option, String name, @JsonUnwrapped Durability durability, List<String> assumptions) {

  public OptionDurability {
    assumptions = List.copyOf(assumptions);
  }
}
