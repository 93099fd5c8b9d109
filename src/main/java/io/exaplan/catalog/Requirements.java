package io.exaplan.catalog;

import io.exaplan.config.Fields;
import io.exaplan.config.Node;
import io.exaplan.config.Problems;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requirements-fit matrix: platform requirements (Kubernetes CSI/COSI, file and object,
 * offline auth, DNS, monitoring, NVIDIA certification) and, per option family, whether it meets
 * each, in one sentence with its sources. Bundled as {@code catalog/requirements.yaml}.
 */
public record Requirements(Map<String, String> requirements, List<Statement> statements,
    Map<String, Source> sources) {

  public static final String BUILT_IN = "catalog/requirements.yaml";
  public static final List<String> STATUSES = List.of("yes", "partial", "no");

  /** What one family offers for one requirement. */
  public record Statement(String requirement, List<String> families, String status, String text,
      List<String> sources) {
    public Statement {
      families = List.copyOf(families);
      sources = List.copyOf(sources);
    }
  }

  public Requirements {
    requirements = Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
    statements = List.copyOf(statements);
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  public static Requirements builtIn() {
    return parse(Yaml.resource(BUILT_IN));
  }

  static Requirements parse(Node root) {
    Problems problems = new Problems();
    Fields top = Fields.of(root, "", problems);
    Map<String, Source> sources = new LinkedHashMap<>();
    Fields src = top.map("sources");
    for (String id : src.keys()) {
      String text = src.text(id).trim();
      sources.put(id, new Source(id, text, text.startsWith(Source.ASSUMPTION)));
    }
    Map<String, String> reqs = new LinkedHashMap<>();
    Fields rq = top.map("requirements");
    for (String id : rq.keys()) {
      reqs.put(id, rq.text(id));
    }
    List<Statement> statements = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Node> items = top.list("statements");
    for (int i = 0; i < items.size(); i++) {
      Fields f = Fields.of(items.get(i), "statements[" + i + "]", problems);
      String req = f.text("requirement");
      if (!req.isEmpty() && !reqs.containsKey(req)) {
        f.problem("requirement", "unknown requirement '" + req + "'; expected one of: "
            + String.join(", ", reqs.keySet()));
      }
      String status = f.text("status");
      if (!status.isEmpty() && !STATUSES.contains(status)) {
        f.problem("status", "'" + status + "' is not one of: " + String.join(", ", STATUSES));
      }
      List<String> families = texts(f, "families");
      for (String fam : families) {
        if (!seen.add(fam + "/" + req)) {
          f.problem("families", "family '" + fam + "' already has a statement for " + req);
        }
      }
      List<String> cited = texts(f, "sources");
      if (cited.isEmpty()) {
        f.problem("sources", "missing required field; every statement needs a source");
      }
      for (String s : cited) {
        if (!sources.containsKey(s)) {
          f.problem("sources", "unknown source '" + s + "'; add it under sources");
        }
      }
      statements.add(new Statement(req, families, status, f.text("text"), cited));
      f.finish();
    }
    top.finish();
    problems.throwIfAny();
    return new Requirements(reqs, statements, sources);
  }

  private static List<String> texts(Fields f, String key) {
    List<String> out = new ArrayList<>();
    for (Node n : f.list(key)) {
      if (n instanceof Node.ScalarNode s && s.text() != null) {
        out.add(s.text());
      } else {
        f.problem(key, "expected a list of ids, found " + n.kind());
      }
    }
    return out;
  }

  /** The statement for {@code family} and {@code requirement}, or null when there is none. */
  public Statement fit(String family, String requirement) {
    for (Statement s : statements) {
      if (s.requirement().equals(requirement) && s.families().contains(family)) {
        return s;
      }
    }
    return null;
  }

  /** Citation text of each source a statement names. */
  public List<String> citations(Statement s) {
    List<String> out = new ArrayList<>();
    for (String id : s.sources()) {
      out.add(id + ": " + sources.get(id).citation());
    }
    return out;
  }
}
