package io.exaplan.web;

import io.exaplan.audit.Auditor;
import io.exaplan.audit.Claim;
import io.exaplan.audit.ClaimsLoader;
import io.exaplan.catalog.Catalog;
import io.exaplan.config.Layer;
import io.exaplan.config.Units;
import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import io.exaplan.design.Options;
import io.exaplan.design.Scenario;
import io.exaplan.report.AuditView;
import io.exaplan.report.OptionViews;
import io.exaplan.report.Report;
import io.exaplan.sizing.Design;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CLI's commands as the API serves them: each binds its flags from a request and builds the
 * very {@link Report} its CLI command builds, so every format has the same keys and columns.
 */
enum Command {
  /** {@code exaplan size}: {scenario, dbox, dboxes, cnodes, rackKw, powerBasis, gpus}. */
  SIZE {
    @Override
    Report report(Binder b) {
      Fields f = b.fields();
      Catalog c = b.catalog();
      // the CLI's --rack-kw and --power-basis: scenario keys, bound with the scenario
      Scenario s = b.scenario(Layer.of()
          .flag("rackPowerLimit", "--rack-kw", Units.orIn(f.text("rackKw", null), "kW"))
          .flag("powerBasis", "--power-basis", f.text("powerBasis", null)));
      String dbox = f.text("dbox");
      if (!dbox.isEmpty() && !c.dboxes().containsKey(dbox)) {
        f.problem("dbox", "unknown id '" + dbox + "'; expected one of: "
            + String.join(", ", c.dboxes().keySet()));
      }
      int dboxes = f.count("dboxes", null, 1, Design.MAX_COUNT);
      int cnodes = f.count("cnodes", null, 1, Design.MAX_COUNT);
      int gpus = f.count("gpus", 0, 1, Scenario.MAX_GPUS);
      b.done();
      long served = gpus == 0 ? Options.defaultGpus(s, c, c.dbox(dbox), dboxes) : gpus;
      return OptionViews.size(Options.custom(s, c, c.dbox(dbox), dboxes, cnodes, served), s);
    }
  },

  /** {@code exaplan audit}: {scenario, claims} (claims as a claims file lists them). */
  AUDIT {
    @Override
    Report report(Binder b) {
      Scenario s = b.scenario();
      Node claims = b.fields().node("claims");
      b.done();
      List<Claim> list = claims == null ? ClaimsLoader.load(null, b.catalog())
          : ClaimsLoader.from(new Node.MapNode(Map.of("claims", claims),
              Map.of("claims", claims.at()), claims.at()), b.catalog());
      return AuditView.of(Auditor.audit(list, s, b.catalog()));
    }
  };

  /** The CLI name and URL segment: compare, size, audit. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Binds the request (throwing every problem at once) and builds the report. */
  abstract Report report(Binder b);
}
