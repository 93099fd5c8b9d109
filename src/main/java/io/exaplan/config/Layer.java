package io.exaplan.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values that override a scenario from outside its file (a command's flags, a request's fields,
 * a study's variation), written as the keys a scenario file would hold and located where they
 * were given, so they are bound and checked by the very code that binds the file. {@link #over}
 * merges one layer over another key by key, nested maps too, as the Caffeine simulator's
 * {@code withFallback} layers a run's settings over the defaults: one legal range per key, one
 * wording per message, whether the value came from a file, a flag or a request.
 */
public final class Layer {
  private final Map<String, Object> entries = new LinkedHashMap<>();

  /** A layer with nothing in it yet. */
  public static Layer of() {
    return new Layer();
  }

  /**
   * Sets {@code key} (dotted for a nested one: {@code parallelism.tp}) to {@code text}, given by
   * the command-line flag {@code flag}; a null text sets nothing (the flag was not given). A
   * message about the value names the flag alone ("--tp: must be from 1 to 1000000, got 0").
   */
  public Layer flag(String key, String flag, Object text) {
    return put(key, text == null ? null : String.valueOf(text), Location.flag(flag));
  }

  /** Sets {@code key} to {@code text} as written at {@code at} (null text: nothing). */
  @SuppressWarnings("unchecked")
  public Layer put(String key, String text, Location at) {
    if (text == null) {
      return this;
    }
    String[] parts = key.split("\\.");
    Map<String, Object> into = entries;
    for (int i = 0; i < parts.length - 1; i++) {
      into = (Map<String, Object>) into.computeIfAbsent(parts[i],
          k -> new LinkedHashMap<String, Object>());
    }
    into.put(parts[parts.length - 1], new Node.ScalarNode(text, at));
    return this;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The layer as a located map, a scenario file's shape. */
  public Node.MapNode node() {
    return map(entries, new Location("flags", 0, 0));
  }

  @SuppressWarnings("unchecked")
  private static Node.MapNode map(Map<String, Object> in, Location at) {
    Map<String, Node> out = new LinkedHashMap<>();
    Map<String, Location> where = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : in.entrySet()) {
      if (e.getValue() instanceof Node n) {
        out.put(e.getKey(), n);
        where.put(e.getKey(), n.at());
      } else {
        Map<String, Object> sub = (Map<String, Object>) e.getValue();
        Node.MapNode m = map((Map<String, Object>) e.getValue(), at);
        Location first = m.keyAt().values().stream().findFirst().orElse(at);
        out.put(e.getKey(), new Node.MapNode(m.entries(), m.keyAt(), first));
        where.put(e.getKey(), first);
      }
    }
    return new Node.MapNode(out, where, at);
  }

  /**
   * {@code top} with {@code base}'s keys under it: a key in both takes {@code top}'s value,
   * except two maps, which merge key by key; anything that is not a map is replaced whole.
   * Keys keep {@code base}'s order, then {@code top}'s new ones.
   */
  public static Node over(Node top, Node base) {
    if (top == null) {
      return base;
    }
    if (base == null || !(top instanceof Node.MapNode t) || !(base instanceof Node.MapNode b)) {
      return top;
    }
    Map<String, Node> out = new LinkedHashMap<>(b.entries());
    Map<String, Location> at = new LinkedHashMap<>(b.keyAt());
    for (Map.Entry<String, Node> e : t.entries().entrySet()) {
      out.put(e.getKey(), over(e.getValue(), b.entries().get(e.getKey())));
      at.put(e.getKey(), t.keyAt().getOrDefault(e.getKey(), e.getValue().at()));
    }
    return new Node.MapNode(out, at, b.at());
  }
}
