package io.exaplan.web;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Fields;
import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.design.Scenario;
import io.exaplan.report.ReportFormat;

/**
 * Binds one request's keys, the CLI's flags in camelCase plus {@code scenario} (what a --scenario
 * file holds), collecting every problem before answering, as a file is bound.
 */
final class Binder {
  private final Problems problems = new Problems();
  private final Fields fields;
  private final Catalog catalog;
  private final Scenario base;

  Binder(Node request, Catalog catalog, Scenario base) {
    this.fields = Fields.of(request, "", problems);
    this.catalog = catalog;
    this.base = base;
  }

  Fields fields() {
    return fields;
  }

  Catalog catalog() {
    return catalog;
  }

  /** The server's scenario with the request's {@code scenario} keys over it. */
  Scenario scenario() {
    Node overrides = fields.node("scenario");
    if (overrides == null) {
      return base;
    }
    try {
      return base.with(overrides, "scenario", catalog);
    } catch (InputException e) {
      e.problems().forEach(problems::add);
      return base;
    }
  }

  /** The {@code format} key (default json), one of {@link ReportFormat}'s keys. */
  ReportFormat format() {
    String key = fields.text("format", ReportFormat.JSON.key());
    StringBuilder legal = new StringBuilder();
    for (ReportFormat f : ReportFormat.values()) {
      if (f.key().equals(key)) {
        return f;
      }
      legal.append(legal.length() == 0 ? "" : ", ").append(f.key());
    }
    fields.problem("format", "unknown format '" + key + "'; expected one of: " + legal);
    return ReportFormat.JSON;
  }

  /** Reports unknown keys and every problem found so far. */
  void done() {
    fields.finish();
    problems.throwIfAny();
  }
}
