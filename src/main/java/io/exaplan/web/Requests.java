package io.exaplan.web;

import io.exaplan.config.InputException;
import io.exaplan.config.Location;
import io.exaplan.config.Node;
import io.exaplan.config.Yaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a request into the same located {@link Node} tree a scenario file becomes, so requests
 * are bound and validated by the code that binds files. A JSON body is parsed strictly; a query
 * string's dotted keys nest ({@code scenario.gpus=1000} is {@code {"scenario": {"gpus": "1000"}}})
 * and {@code key[]=a&key[]=b} is a list.
 */
final class Requests {
  /** Names a JSON body in messages ("request body:3:12: scenario.gpus: ..."). */
  static final String BODY = "request body";
  /** Names a query string in messages; it has no lines, so messages drop its location. */
  static final String QUERY = "query";

  private static final Location AT_QUERY = new Location(QUERY, 1, 1);

  private Requests() {}

  static Node body(String text) {
    return Yaml.parseJson(BODY, text);
  }

  static Node query(Map<String, List<String>> params) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String key = e.getKey();
      Object value;
      if (key.endsWith("[]")) {
        key = key.substring(0, key.length() - 2);
        value = List.copyOf(e.getValue());
      } else if (e.getValue().size() != 1) {
        throw new InputException(key + ": given " + e.getValue().size()
            + " times; expected once (a list is written key[]=a&key[]=b)");
      } else {
        value = e.getValue().get(0);
      }
      String[] parts = key.split("\\.", -1);
      if (parts.length > Yaml.MAX_DEPTH) {
        throw new InputException(key.substring(0, Math.min(key.length(), 60)) + "...: nesting "
            + "deeper than " + Yaml.MAX_DEPTH + " levels; expected names like scenario.gpus");
      }
      put(root, key, parts, 0, value);
    }
    return tree(root);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> map, String key, String[] parts, int i,
      Object value) {
    String part = parts[i];
    if (part.isEmpty()) {
      throw new InputException(key + ": empty name part; expected names like scenario.gpus");
    }
    Object there = map.get(part);
    if (i == parts.length - 1) {
      if (there != null) {
        throw new InputException(key + ": given both as a value and as a section");
      }
      map.put(part, value);
      return;
    }
    if (there != null && !(there instanceof Map)) {
      throw new InputException(key + ": given both as a value and as a section");
    }
    Map<String, Object> child = (Map<String, Object>) map.computeIfAbsent(part,
        k -> new LinkedHashMap<String, Object>());
    put(child, key, parts, i + 1, value);
  }

  @SuppressWarnings("unchecked")
  private static Node tree(Object v) {
    if (v instanceof String s) {
      return new Node.ScalarNode(s, AT_QUERY);
    }
    if (v instanceof List<?> items) {
      List<Node> nodes = new ArrayList<>();
      for (Object item : items) {
        nodes.add(tree(item));
      }
      return new Node.ListNode(nodes, AT_QUERY);
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Location> keyAt = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
      entries.put(e.getKey(), tree(e.getValue()));
      keyAt.put(e.getKey(), AT_QUERY);
    }
    return new Node.MapNode(entries, keyAt, AT_QUERY);
  }
}
