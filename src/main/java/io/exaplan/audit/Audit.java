package io.exaplan.audit;

import java.util.List;

/** The answer of {@code audit}: every claim in file order. */
public record Audit(List<ClaimResult> claims) {
  public Audit {
    claims = List.copyOf(claims);
  }
}
