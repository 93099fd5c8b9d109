package io.exaplan.fuzz;

import io.exaplan.config.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Structure-aware mutations of a YAML document: walks the located tree, changes one or a few
 * places (drop, duplicate or retype a key, extreme numbers, unit typos, deep nesting), and writes
 * it back as YAML flow text; or damages the text itself (random bytes, truncation, huge files).
 */
final class Mutator {
  private static final String[] EXTREMES = {"0", "-1", "-0", "1e308", "1e400", "NaN", ".nan",
      "Infinity", "-.inf", "99999999999999999999", "0.0000001", "1e-300", "", "~", "null",
      "true", "[]", "{}", "5PB", "5 PiB", "5 P B", "5pb", "24hr", "12 kw", "60 GB", "60 GB/s",
      "800 Gbps", "1 EB", "3d", "5m", "12 kW", "typical", "max", "dbox-1350", "nowhere",
      "550 W @nowhere", "550 W @", "@netbox-vast-cbox-gen6", "1 @eia-rack", "60 @eia-rack",
      "1000001 @eia-rack", "0.5 @assume-fabric", "2 @assume-fabric", "-3 GB/s @assume-dbox-read",
      "1e30 EB", "2147483648", "héllo", "\u0000", "'quoted'", "a: b"};

  private SplittableRandom r;

  Mutator(SplittableRandom r) {
    this.r = r;
  }

  /** Draws from {@code r} from now on (the fuzz test gives each case its own stream). */
  void use(SplittableRandom r) {
    this.r = r;
  }

  /** One mutated document, as text. */
  String mutate(Node doc, String originalText) {
    int kind = r.nextInt(100);
    if (kind < 70) {
      Node m = doc;
      int edits = 1 + r.nextInt(3);
      for (int i = 0; i < edits; i++) {
        m = edit(m, 0);
      }
      return emit(m);
    }
    if (kind < 85) {
      return damageText(originalText);
    }
    if (kind < 92) {
      return "a: " + "[".repeat(10 + r.nextInt(60)) + "1" + "]".repeat(10 + r.nextInt(60));
    }
    if (kind < 94) {
      StringBuilder huge = new StringBuilder(5 * 1024 * 1024);
      while (huge.length() < 4 * 1024 * 1024 + 10) {
        huge.append("# padding padding padding padding padding padding padding\n");
      }
      return huge.append(originalText).toString();
    }
    byte[] junk = new byte[r.nextInt(400)];
    r.nextBytes(junk);
    return new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private String damageText(String text) {
    StringBuilder sb = new StringBuilder(text);
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0:
          sb.deleteCharAt(at);
          break;
        case 1:
          sb.insert(at, (char) (32 + r.nextInt(95)));
          break;
        case 2:
          sb.setLength(at);
          break;
        default:
          sb.insert(at, "\n  ");
      }
    }
    return sb.toString();
  }

  private Node edit(Node n, int depth) {
    if (n instanceof Node.MapNode m && !m.entries().isEmpty()) {
      List<String> keys = new ArrayList<>(m.entries().keySet());
      String key = keys.get(r.nextInt(keys.size()));
      Map<String, Node> entries = new LinkedHashMap<>(m.entries());
      int op = r.nextInt(10);
      if (op == 0) {
        entries.remove(key);
      } else if (op == 1) {
        entries.put(key + (r.nextBoolean() ? "x" : "_typo"), entries.get(key));
      } else if (op == 2 || depth > 4) {
        entries.put(key, scalar(EXTREMES[r.nextInt(EXTREMES.length)]));
      } else if (op == 3) {
        entries.put(key, new Node.ListNode(List.of(entries.get(key)), m.at()));
      } else {
        entries.put(key, edit(entries.get(key), depth + 1));
      }
      return new Node.MapNode(entries, Map.of(), m.at());
    }
    if (n instanceof Node.ListNode l && !l.items().isEmpty()) {
      List<Node> items = new ArrayList<>(l.items());
      int i = r.nextInt(items.size());
      switch (r.nextInt(4)) {
        case 0:
          items.remove(i);
          break;
        case 1:
          items.add(items.get(i));
          break;
        default:
          items.set(i, edit(items.get(i), depth + 1));
      }
      return new Node.ListNode(items, l.at());
    }
    return r.nextInt(4) == 0
        ? new Node.MapNode(Map.of("k", n), Map.of(), n.at())
        : scalar(EXTREMES[r.nextInt(EXTREMES.length)]);
  }

  private Node scalar(String text) {
    return new Node.ScalarNode(text, new io.exaplan.config.Location("fuzz", 1, 1));
  }

  /** YAML flow text (JSON-like with quoted strings); every scalar keeps its text. */
  static String emit(Node n) {
    StringBuilder sb = new StringBuilder();
    emit(n, sb);
    return sb.append('\n').toString();
  }

  private static void emit(Node n, StringBuilder sb) {
    if (n instanceof Node.MapNode m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        sb.append(first ? "" : ", ");
        first = false;
        quote(e.getKey(), sb);
        sb.append(": ");
        emit(e.getValue(), sb);
      }
      sb.append('}');
    } else if (n instanceof Node.ListNode l) {
      sb.append('[');
      for (int i = 0; i < l.items().size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        emit(l.items().get(i), sb);
      }
      sb.append(']');
    } else {
      String t = ((Node.ScalarNode) n).text();
      if (t == null) {
        sb.append("null");
      } else {
        quote(t, sb);
      }
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
