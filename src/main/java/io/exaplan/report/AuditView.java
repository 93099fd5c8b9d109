package io.exaplan.report;

import io.exaplan.audit.Audit;
import io.exaplan.audit.ClaimResult;
import java.util.List;

/** The report of {@code audit}: one block per claim. */
public final class AuditView {
  private AuditView() {}

  private static final Columns<ClaimResult> CLAIMS = Columns.<ClaimResult>of()
      .text("id", "Claim", ClaimResult::id)
      .text("statement", "Statement", ClaimResult::statement)
      .text("verdict", "Verdict", c -> c.verdict().key())
      .text("computed", "Computed", ClaimResult::computed)
      .text("explanation", "Explanation", ClaimResult::explanation);

  public static Report of(Audit a) {
    long wrong = a.claims().stream().filter(c -> c.verdict().key().equals("wrong")).count();
    long depends = a.claims().stream().filter(c -> c.verdict().key().equals("depends")).count();
    return new Report("exaplan audit", a.claims().size() + " claims: "
        + (a.claims().size() - wrong - depends) + " hold, " + wrong + " wrong, " + depends
        + " depend on the variant.", a,
        List.of(CLAIMS.table("claims", "Claims", Table.Layout.BLOCKS, a.claims())));
  }
}
