package io.exaplan.netbox;

/** Text echoed from a user's file or flag into a message, made safe for a terminal. */
public final class Messages {
  private Messages() {}

  /**
   * {@code s} with control characters (newlines, escapes, DEL, C1) written as {@code \n},
   * {@code \t} or {@code \u001b}, so a value cannot break a message into lines or drive the
   * terminal.
   */
  public static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
