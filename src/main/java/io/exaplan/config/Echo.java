package io.exaplan.config;

/**
 * Makes text that came from a user (a value, a key, a file name) safe to print on one line of a
 * terminal: control characters, terminal escapes and bidirectional overrides are shown as
 * escapes ({@code \n}, {@code \t}, {@code \u001b}, {@code \u202e}) instead of acting on the screen
 * or splitting one problem into several lines.
 */
public final class Echo {
  private Echo() {}

  /** {@code s} with every character that would act on a terminal written as an escape. */
  public static String line(String s) {
    if (s == null) {
      return "null";
    }
    int i = 0;
    while (i < s.length() && !acts(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!acts(c)) {
        b.append(c);
        continue;
      }
      switch (c) {
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates
   * (which reorder what follows them on screen).
   */
  static boolean acts(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
  }
}
