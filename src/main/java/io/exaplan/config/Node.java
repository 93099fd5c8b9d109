package io.exaplan.config;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it was written, so every binding error can name the
 * file, line and column. Jackson's tree model drops locations, hence this small tree of our own.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  Location at();

  /** What a user would call this kind of value, for "expected a map, found a list". */
  String kind();

  /** A mapping; keys keep file order, and each key knows its own location. */
  record MapNode(Map<String, Node> entries, Map<String, Location> keyAt, Location at)
      implements Node {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
      keyAt = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyAt));
    }

    @Override
    public String kind() {
      return "a map";
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, Location at) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A scalar's source text ({@code null} text for YAML null / empty). */
  record ScalarNode(String text, Location at) implements Node {
    @Override
    public String kind() {
      return text == null ? "nothing (null)" : "'" + text + "'";
    }
  }
}
