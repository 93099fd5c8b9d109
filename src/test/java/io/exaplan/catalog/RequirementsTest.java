package io.exaplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.config.InputException;
import io.exaplan.config.Yaml;
import io.exaplan.design.Option;
import io.exaplan.design.Registry;
import io.exaplan.design.Scenario;
import org.junit.jupiter.api.Test;

class RequirementsTest {
  @Test
  void builtIn_everyOptionFamilyHasEveryRequirementWithSources() {
    Requirements r = Requirements.builtIn();
    assertThat(r.requirements().keySet()).containsExactly("csi", "cosi", "file-object",
        "offline-auth", "dns", "monitoring", "nvidia-cert");
    for (Option o : Registry.compare(Scenario.builtIn(), Catalog.builtIn()).options()) {
      for (String req : r.requirements().keySet()) {
        Requirements.Statement s = r.fit(o.family(), req);
        assertThat(s).as("%s / %s", o.family(), req).isNotNull();
        assertThat(s.sources()).isNotEmpty();
        assertThat(r.citations(s)).allSatisfy(c -> assertThat(c).contains(": "));
      }
    }
    // The dense enclosure is not certified, the pod's design is (catalog certified flags agree).
    assertThat(r.fit("dense", "nvidia-cert").status()).isEqualTo("no");
    assertThat(r.fit("ncp", "nvidia-cert").status()).isEqualTo("yes");
    assertThat(r.sources().get("assume-jwt").assumption()).isTrue();
  }

  @Test
  void parse_badStatusAndUnknownSource_namesFieldAndLine() {
    String yaml = """
        sources:
          a: "doc"
        requirements:
          csi: "CSI"
        statements:
          - {requirement: csi, families: [ncp], status: "maybe", sources: [b], text: "x"}
        """;
    assertThatThrownBy(() -> Requirements.parse(Yaml.parse("req.yaml", yaml)))
        .isInstanceOf(InputException.class)
        .hasMessage("req.yaml:6:49: statements[0].status: 'maybe' is not one of: yes, partial, no"
            + "\nreq.yaml:6:67: statements[0].sources: unknown source 'b'; add it under sources");
  }
}
