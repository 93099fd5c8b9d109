package io.exaplan.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads YAML (or JSON, a subset) into a located {@link Node} tree, with size and depth caps. */
public final class Yaml {
  /** Inputs are hand-written configuration; anything larger is a mistake, not a catalog. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;
  /** Deeper nesting than this has no meaning in any exaplan file. */
  public static final int MAX_DEPTH = 32;

  /**
   * The parsers, in a holder: a run that reads only the built-in files ({@link #resource}, from
   * their {@link BuiltInTree}s) never starts Jackson or SnakeYAML.
   */
  private static final class Parsers {
    static final StreamReadConstraints LIMITS =
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build();
    static final JsonFactory FACTORY = YAMLFactory.builder()
        .loaderOptions(loaderOptions())
        .streamReadConstraints(LIMITS).build();
    /** Jackson's "[Source: ...; line: L, column: C]" in its messages. */
    static final Pattern SOURCE =
        Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");
    /** Strict JSON, for request bodies: a YAML-only document is a mistake there. */
    static final JsonFactory JSON = JsonFactory.builder()
        .streamReadConstraints(LIMITS).build();
  }

  private Yaml() {}

  /**
   * SnakeYAML's own cap (3 MB of code points by default) lies below {@link #MAX_BYTES}: a 3 MiB
   * file passed the size check and then failed with the parser's message. Its cap is raised to
   * ours, so one cap, with one message, applies.
   */
  private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
    org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
    o.setCodePointLimit(MAX_BYTES + 1);
    o.setMaxAliasesForCollections(0);
    return o;
  }

  /** Parses a user's file; an unreadable or malformed file is an {@link InputException}. */
  public static Node read(Path file) {
    return parse(file.toString(), utf8(file.toString(), readCapped(file)));
  }

  /**
   * The bytes of a user's input file, read at most {@link #MAX_BYTES} (+1 to tell a larger file).
   * Every user input (scenario, catalog, claims, overlay, NetBox file) comes through here. Only a
   * regular file is read: a directory, device, FIFO or socket is refused before it is opened, so
   * {@code /dev/zero} or a FIFO nobody writes can neither block the run nor fill the memory.
   */
  public static byte[] readCapped(Path file) {
    if (file.toString().isEmpty()) {
      throw new InputException("'': an empty file name; expected a YAML file");
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new InputException(file + ": cannot read (permission denied)");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (!attrs.isRegularFile()) {
      throw new InputException(file + ": is " + kind(file, attrs)
          + ", not a regular file; expected a YAML file");
    }
    if (attrs.size() > MAX_BYTES) {
      throw new InputException(file + ": file is " + attrs.size() + " bytes, larger than the "
          + MAX_BYTES / (1024 * 1024) + " MiB cap; expected a hand-written YAML file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      // the size can change between the check and the read: never read past the cap
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(file + ": file is larger than the " + MAX_BYTES / (1024 * 1024)
            + " MiB cap; expected a hand-written YAML file");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** "a directory", "a FIFO", "a character device"...: what the user named instead of a file. */
  private static String kind(Path file, BasicFileAttributes a) {
    if (a.isDirectory()) {
      return "a directory";
    }
    try {
      // the file type bits of st_mode (S_IFMT), where the platform tells them
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      // no unix view: the generic description below
    }
    return "a device, FIFO or socket";
  }

  /** The text of a file, which must be UTF-8: a Latin-1 or binary file is refused, not guessed. */
  public static String utf8(String origin, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      int line = 1;
      int at = 0;
      // find the first bad byte: decode prefixes would be quadratic, so scan sequences
      for (int i = 0; i < bytes.length; ) {
        int n = sequence(bytes, i);
        if (n < 0) {
          at = i;
          break;
        }
        if (bytes[i] == '\n') {
          line++;
        }
        i += n;
      }
      throw new InputException(origin + ":" + line + ": not valid UTF-8 (byte " + at
          + "); save the file as UTF-8");
    }
  }

  /** Length of the well-formed UTF-8 sequence at {@code i}, or -1. */
  private static int sequence(byte[] b, int i) {
    int c = b[i] & 0xff;
    int n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3
        : c >= 0xf0 && c < 0xf5 ? 4 : -1;
    if (n < 0 || i + n > b.length) {
      return -1;
    }
    for (int k = 1; k < n; k++) {
      if ((b[i + k] & 0xc0) != 0x80) {
        return -1;
      }
    }
    return n;
  }

  /**
   * A resource bundled in the jar, named "built-in:NAME" in messages: the tree the build stored
   * beside it ({@link BuiltInTree}) when that was made from this very text, else the text parsed.
   * Both give the same tree, locations included (BuiltInTreeTest).
   */
  public static Node resource(String name) {
    byte[] yaml = bundled(name);
    if (yaml == null) {
      throw new IllegalStateException("missing bundled resource " + name);
    }
    byte[] form = bundled(name + BuiltInTree.SUFFIX);
    Node tree = form == null ? null : BuiltInTree.read(builtIn(name), form, yaml);
    return tree != null ? tree : parse(builtIn(name), new String(yaml, StandardCharsets.UTF_8));
  }

  /** "built-in:catalog/default.yaml": how messages name a bundled file. */
  static String builtIn(String name) {
    return "built-in:" + name;
  }

  private static byte[] bundled(String name) {
    try (InputStream in = Yaml.class.getResourceAsStream("/" + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled resource " + name, e);
    }
  }

  /** Parses text; {@code origin} names it in messages. */
  public static Node parse(String origin, String text) {
    return parse(Parsers.FACTORY, "YAML", origin, text);
  }

  /** Parses strict JSON (a request body) into the same located tree. */
  public static Node parseJson(String origin, String text) {
    return parse(Parsers.JSON, "JSON", origin, text);
  }

  private static Node parse(JsonFactory factory, String language, String origin, String text) {
    if (text.length() > MAX_BYTES) {
      throw new InputException(origin + ": input is larger than " + MAX_BYTES / (1024 * 1024)
          + " MiB; expected a hand-written " + language + " document");
    }
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InputException(origin + ":1:1: document is empty; expected a map of settings");
      }
      Node root = node(p, origin, 0);
      if (p.nextToken() != null) {
        throw new InputException(at(origin, p.currentTokenLocation())
            + ": more than one " + language + " document; expected exactly one");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? origin : at(origin, loc).toString();
      throw new InputException(where + ": not valid " + language + ": "
          + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(origin + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static Node node(JsonParser p, String origin, int depth) throws IOException {
    Location here = at(origin, p.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new InputException(here + ": nesting deeper than " + MAX_DEPTH + " levels");
    }
    if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
      // Jackson hands an alias over as its anchor's name ("switch: *x" read as "x"), never as
      // the value it stands for: refused, so a file means what it shows
      throw new InputException(here + ": *" + Echo.line(p.getText())
          + " is a YAML alias; exaplan files do not use anchors and aliases: write the value "
          + "out in full");
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keyAt = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Location keyLoc = at(origin, p.currentTokenLocation());
          if (entries.containsKey(key)) {
            throw new InputException(keyLoc + ": " + key + ": duplicate key (first at line "
                + keyAt.get(key).line() + ")");
          }
          p.nextToken();
          entries.put(key, node(p, origin, depth + 1));
          keyAt.put(key, keyLoc);
        }
        return new Node.MapNode(entries, keyAt, here);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(p, origin, depth + 1));
        }
        return new Node.ListNode(items, here);
      }
      case VALUE_NULL:
        return new Node.ScalarNode(null, here);
      default:
        return new Node.ScalarNode(p.getText(), here);
    }
  }

  private static Location at(String origin, JsonLocation loc) {
    return new Location(origin, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    // Jackson names the input it no longer shows ("[Source: REDACTED (...); line: 1, column:
    // 14]"): keep only the position.
    return Parsers.SOURCE.matcher((nl < 0 ? s : s.substring(0, nl)).trim())
        .replaceAll("line $1, column $2");
  }

}
