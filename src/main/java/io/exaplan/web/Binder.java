package io.exaplan.web;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Fields;
import io.exaplan.config.InputException;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.design.Scenario;
import io.exaplan.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;

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
    List<String> keys = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      keys.add(f.key());
    }
    return ReportFormat.named(oneOf("format", ReportFormat.JSON.key(), keys));
  }

  /**
   * A key whose value must be one of {@code legal}; {@code fallback} when absent (null:
   * required). A problem is recorded, and the fallback (or the first legal value) returned, for
   * anything else.
   */
  String oneOf(String key, String fallback, List<String> legal) {
    String v = fallback == null ? fields.text(key) : fields.text(key, fallback);
    if (legal.contains(v)) {
      return v;
    }
    if (!v.isEmpty()) {
      fields.problem(key, "unknown " + key + " '" + v + "'; expected one of: "
          + String.join(", ", legal));
    }
    return fallback == null ? legal.get(0) : fallback;
  }

  /** Reports unknown keys and every problem found so far. */
  void done() {
    fields.finish();
    problems.throwIfAny();
  }

  /**
   * Reports unknown keys and every problem found so far, together with {@code more}'s (a
   * command's own problems with these inputs), which is asked only when there are some: a
   * request that fails in both ways is told both at once, and one that binds goes on to build.
   */
  void done(java.util.function.Supplier<List<String>> more) {
    fields.finish();
    if (!problems.isEmpty()) {
      more.get().forEach(problems::add);
    }
    problems.throwIfAny();
  }
}
