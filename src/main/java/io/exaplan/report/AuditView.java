package io.exaplan.report;

import io.exaplan.audit.Audit;
import io.exaplan.audit.ClaimResult;
import java.util.List;

/** The report of {@code audit}: one block per claim. */
public final class AuditView {
  private AuditView() {}

  public static Report of(Audit a) {
    long wrong = a.claims().stream().filter(c -> c.verdict().key().equals("wrong")).count();
    long depends = a.claims().stream().filter(c -> c.verdict().key().equals("depends")).count();
    Table.Builder t = new Table.Builder("claims", "Claims", Table.Layout.BLOCKS, List.of(
        Column.text("id", "Claim"), Column.text("statement", "Statement"),
        Column.text("verdict", "Verdict"), Column.text("computed", "Computed"),
        Column.text("explanation", "Explanation")));
    for (ClaimResult c : a.claims()) {
      t.row(c.id(), c.statement(), c.verdict().key(), c.computed(), c.explanation());
    }
    return new Report("exaplan audit", a.claims().size() + " claims: "
        + (a.claims().size() - wrong - depends) + " hold, " + wrong + " wrong, " + depends
        + " depend on the variant.", a, List.of(t.build()));
  }
}
