package io.exaplan.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the keys of one YAML map to typed values. Every failure is recorded in {@link Problems}
 * as "file:line:col: path.key: what was wrong; what was expected" and a neutral value is
 * returned, so one pass reports all the problems of a file. {@link #finish()} reports unknown
 * keys, listing the legal ones.
 */
public final class Fields {
  /**
   * The longest value of any field, in characters: the longest text exaplan reads (a claim's
   * statement) is a paragraph, and every value ends up in a cell (XLSX holds at most 32,767
   * characters), on a slide or in a message.
   */
  public static final int MAX_TEXT = 4_096;
  /** The longest name or id: it heads tables, slides and rack sheets, and names files. */
  public static final int MAX_NAME = 200;

  private final Node.MapNode map;
  private final String path;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(Node.MapNode map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** Wraps {@code node}, which must be a map; anything else is recorded and bound as empty. */
  public static Fields of(Node node, String path, Problems problems) {
    if (node instanceof Node.MapNode m) {
      return new Fields(m, path, problems);
    }
    problems.add(node.at(), path, "expected a map of settings, found " + node.kind());
    return new Fields(new Node.MapNode(Map.of(), Map.of(), node.at()), path, problems);
  }

  public String path() {
    return path;
  }

  public Location at() {
    return map.at();
  }

  public Problems problems() {
    return problems;
  }

  /** The path of a key below this map, for messages. */
  public String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Location of a key, or of the map when the key is absent. */
  public Location at(String key) {
    Node n = map.entries().get(key);
    return n == null ? map.at() : n.at();
  }

  public boolean has(String key) {
    known.add(key);
    Node n = map.entries().get(key);
    return n != null && !(n instanceof Node.ScalarNode s && s.text() == null);
  }

  /** The key's value as written (trimmed), for a message; null when absent or not a scalar. */
  public String written(String key) {
    return map.entries().get(key) instanceof Node.ScalarNode s && s.text() != null
        ? s.text().trim() : null;
  }

  /** Raw node, or null when absent. */
  public Node node(String key) {
    known.add(key);
    return map.entries().get(key);
  }

  /** Keys as written, in file order. */
  public Set<String> keys() {
    return map.entries().keySet();
  }

  /** Records a problem at {@code key}. */
  public void problem(String key, String message) {
    problems.add(at(key), pathOf(key), message);
  }

  private String scalar(String key, boolean required) {
    Node n = node(key);
    if (n == null || (n instanceof Node.ScalarNode s0 && s0.text() == null)) {
      if (required) {
        problems.add(map.at(), pathOf(key), "missing required field");
      }
      return null;
    }
    if (n instanceof Node.ScalarNode s) {
      if (s.text().length() > MAX_TEXT) {
        problem(key, "value is " + s.text().length() + " characters long; expected at most "
            + MAX_TEXT);
        return null;
      }
      return s.text();
    }
    problem(key, "expected a single value, found " + n.kind());
    return null;
  }

  /**
   * A name or id of at most {@link #MAX_NAME} characters; {@code fallback} when absent (null:
   * required, "" when missing).
   */
  public String name(String key, String fallback) {
    String s = scalar(key, fallback == null);
    if (s == null) {
      return fallback == null ? "" : fallback;
    }
    if (s.length() > MAX_NAME) {
      problem(key, "name is " + s.length() + " characters long; expected at most " + MAX_NAME);
      return s.substring(0, MAX_NAME);
    }
    return s;
  }

  /** A required string. */
  public String text(String key) {
    String s = scalar(key, true);
    return s == null ? "" : s;
  }

  /** An optional string. */
  public String text(String key, String fallback) {
    String s = scalar(key, false);
    return s == null ? fallback : s;
  }

  /** A required quantity that must be strictly positive. */
  public double positive(String key, Dimension d) {
    return quantity(key, d, Double.NaN, true);
  }

  /** A quantity, {@code fallback} when absent (NaN fallback = required); must be > 0 if asked. */
  public double quantity(String key, Dimension d, double fallback, boolean strictlyPositive) {
    String s = scalar(key, Double.isNaN(fallback));
    if (s == null) {
      return fallback;
    }
    return check(key, parse(key, s, d), s, d, strictlyPositive);
  }

  private double parse(String key, String s, Dimension d) {
    try {
      return Units.parse(s, d);
    } catch (IllegalArgumentException e) {
      problem(key, e.getMessage());
      return Double.NaN;
    }
  }

  private double check(String key, double v, String written, Dimension d,
      boolean strictlyPositive) {
    if (Double.isNaN(v)) {
      return v;
    }
    if (strictlyPositive ? !(v > 0) : !(v >= 0)) {
      problem(key, "must be " + (strictlyPositive ? "greater than zero" : "zero or more")
          + ", got '" + written.trim() + "'; expected " + d.describe());
      return Double.NaN;
    }
    return v;
  }

  /** A whole number in [min, max]; {@code fallback} when absent (null = required). */
  public int count(String key, Integer fallback, long min, long max) {
    String s = scalar(key, fallback == null);
    if (s == null) {
      return fallback == null ? 0 : fallback;
    }
    long v;
    try {
      v = Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      problem(key, "'" + s + "' is not a whole number; expected a whole number from " + min
          + " to " + max);
      return 0;
    }
    if (v < min || v > max) {
      problem(key, "must be from " + min + " to " + max + ", got " + v);
      return 0;
    }
    return (int) v;
  }

  /** A boolean (true/false); {@code fallback} when absent. */
  public boolean flag(String key, boolean fallback) {
    String s = scalar(key, false);
    if (s == null) {
      return fallback;
    }
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    problem(key, "'" + s + "' is not true or false");
    return fallback;
  }

  /**
   * A catalog figure written "VALUE UNIT @source-id": the value and the id of the source that
   * backs it. A figure without a source is rejected: every number the tool prints is traceable.
   */
  public Figure figure(String key, Dimension d, boolean strictlyPositive) {
    String s = scalar(key, true);
    if (s == null) {
      return new Figure(Double.NaN, d, "", map.at());
    }
    int atSign = s.lastIndexOf('@');
    if (atSign < 0 || s.substring(atSign + 1).isBlank()) {
      problem(key, "'" + s + "' has no source; write it as '" + d.example()
          + " @source-id' with an id from the sources section");
      return new Figure(Double.NaN, d, "", at(key));
    }
    String value = s.substring(0, atSign).trim();
    String source = s.substring(atSign + 1).trim();
    double v = check(key, parse(key, value, d), value, d, strictlyPositive);
    return new Figure(v, d, source, at(key));
  }

  /** A nested map, bound with the same problem list. */
  public Fields map(String key) {
    Node n = node(key);
    if (n == null) {
      problems.add(map.at(), pathOf(key), "missing required section");
      return new Fields(new Node.MapNode(Map.of(), Map.of(), map.at()), pathOf(key), problems);
    }
    return of(n, pathOf(key), problems);
  }

  /** A list's items; absent gives an empty list. */
  public List<Node> list(String key) {
    Node n = node(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof Node.ListNode l) {
      return l.items();
    }
    problem(key, "expected a list, found " + n.kind());
    return new ArrayList<>();
  }

  /**
   * Binds each entry of the map under {@code key} (id to settings) with {@code binder}, in file
   * order, reporting unknown keys of each entry; an absent or empty map is a problem.
   */
  public <T> Map<String, T> entries(String key,
      java.util.function.BiFunction<String, Fields, T> binder) {
    Fields section = map(key);
    Map<String, T> out = new java.util.LinkedHashMap<>();
    for (String id : section.keys()) {
      Fields item = of(section.node(id), section.pathOf(id), problems);
      out.put(id, binder.apply(id, item));
      item.finish();
    }
    if (out.isEmpty()) {
      problems.add(section.at(), section.path(), "needs at least one entry");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * A required, non-empty list of strictly positive quantities ("[60s, 5m, 15m]"); each bad item
   * is reported at its own line and column.
   */
  public List<Double> positives(String key, Dimension d) {
    List<Double> out = new ArrayList<>();
    List<Node> items = list(key);
    for (Node n : items) {
      String text = n instanceof Node.ScalarNode s ? s.text() : null;
      try {
        double v = Units.parse(text, d);
        if (!(v > 0)) {
          throw new IllegalArgumentException("must be greater than zero, got '" + text
              + "'; expected " + d.describe());
        }
        out.add(v);
      } catch (IllegalArgumentException e) {
        problems.add(n.at(), pathOf(key), e.getMessage());
      }
    }
    if (items.isEmpty()) {
      problem(key, "needs at least one value; expected a list of " + d.describe());
    }
    return out;
  }

  /** Reports every key that no accessor asked for, naming the legal ones. */
  public void finish() {
    for (Map.Entry<String, Location> e : map.keyAt().entrySet()) {
      if (!known.contains(e.getKey())) {
        problems.add(e.getValue(), pathOf(e.getKey()), "unknown key; expected one of: "
            + String.join(", ", known));
      }
    }
  }
}
