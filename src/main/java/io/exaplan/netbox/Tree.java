package io.exaplan.netbox;

import io.exaplan.config.Location;
import io.exaplan.config.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalog overlay under construction, as a located {@link Node} tree rather than text: each
 * value carries the place it came from (a NetBox file's field, the overlay, a flag), so the
 * catalog's checks name that place, and no value can add keys however it is spelled.
 */
final class Tree {
  private final Map<String, Object> entries = new LinkedHashMap<>();
  private final Map<String, Location> keyAt = new LinkedHashMap<>();
  private final Location at;

  Tree(Location at) {
    this.at = at;
  }

  /** The sub-map under {@code key}, created at {@code where} if absent. */
  Tree map(String key, Location where) {
    Object o = entries.get(key);
    if (o instanceof Tree t) {
      return t;
    }
    Tree t = new Tree(where);
    entries.put(key, t);
    keyAt.put(key, where);
    return t;
  }

  void put(String key, String text, Location where) {
    entries.put(key, text);
    keyAt.put(key, where);
    locations.put(key, where);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  private final Map<String, Location> locations = new LinkedHashMap<>();

  Node node() {
    Map<String, Node> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : entries.entrySet()) {
      out.put(e.getKey(), e.getValue() instanceof Tree t ? t.node()
          : new Node.ScalarNode((String) e.getValue(), locations.get(e.getKey())));
    }
    return new Node.MapNode(out, keyAt, at);
  }

  /** The same tree with {@code keys} first, in that order (sections in the catalog's order). */
  Tree ordered(java.util.List<String> keys) {
    Tree t = new Tree(at);
    for (String k : keys) {
      if (entries.containsKey(k)) {
        t.entries.put(k, entries.get(k));
        t.keyAt.put(k, keyAt.get(k));
        t.locations.put(k, locations.get(k));
      }
    }
    for (String k : entries.keySet()) {
      if (!t.entries.containsKey(k)) {
        t.entries.put(k, entries.get(k));
        t.keyAt.put(k, keyAt.get(k));
        t.locations.put(k, locations.get(k));
      }
    }
    return t;
  }

  /**
   * For a YAML emitter: plain maps and strings, except {@code flags} keys whose text is true or
   * false, which are written as YAML booleans (they read back as the same text).
   */
  Map<String, Object> emittable(java.util.Set<String> flags) {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v instanceof Tree t ? t.emittable(flags)
        : flags.contains(k) && ("true".equals(v) || "false".equals(v))
            ? (Object) Boolean.valueOf((String) v) : v));
    return out;
  }

  /** Plain maps and strings, for a YAML emitter. */
  Map<String, Object> plain() {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach((k, v) -> out.put(k, v instanceof Tree t ? t.plain() : v));
    return out;
  }

  /** {@code n} as plain maps and strings (lists as lists), to compare with {@link #plain}. */
  static Object plain(Node n) {
    if (n instanceof Node.MapNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    if (n instanceof Node.ListNode l) {
      return l.items().stream().map(Tree::plain).collect(java.util.stream.Collectors.toList());
    }
    return ((Node.ScalarNode) n).text();
  }

}
