package io.exaplan.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The located {@link Node} tree of a bundled YAML file, parsed once at build time and stored
 * beside it ({@code catalog/default.yaml.tree}): a short command read its five built-in files
 * through Jackson and SnakeYAML, whose first parse alone cost about 70 ms of CPU cold. The form
 * holds the length and CRC-32 of the YAML it was made from, so a tree that does not match the
 * bundled text (a file edited without a rebuild) is ignored and the text parsed as before. User
 * files never come here: their messages stay Jackson's, with their lines and columns.
 *
 * <p>{@code java io.exaplan.config.BuiltInTree DIR}: writes the tree of every {@code .yaml} under
 * DIR (the build's classes folder, so the jar carries them); a file that does not parse fails
 * the build.
 */
public final class BuiltInTree {
  /** What a tree file's name adds to its YAML file's. */
  public static final String SUFFIX = ".tree";
  private static final int MAGIC = 0x45585452; // "EXTR"
  private static final int VERSION = 1;
  private static final byte MAP = 'M';
  private static final byte LIST = 'L';
  private static final byte SCALAR = 'S';
  private static final byte NULL = 'N';

  private BuiltInTree() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      byte[] yaml = Files.readAllBytes(f);
      Node tree = Yaml.parse(Yaml.builtIn(name), new String(yaml, StandardCharsets.UTF_8));
      Files.write(f.resolveSibling(f.getFileName() + SUFFIX), write(tree, yaml));
    }
    System.out.println("built-in trees: " + files.size() + " YAML files under " + dir);
  }

  /** The stored form of {@code tree}, parsed from {@code yaml}. */
  public static byte[] write(Node tree, byte[] yaml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(yaml.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(yaml.length);
      out.writeLong(crc(yaml));
      node(out, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The tree stored in {@code form}, its locations in {@code origin}, when {@code form} was made
   * from exactly {@code yaml}; null when it was not (or is not a tree at all).
   */
  public static Node read(String origin, byte[] form, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(form))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != yaml.length
          || in.readLong() != crc(yaml)) {
        return null;
      }
      Node root = node(in, origin);
      return in.read() < 0 ? root : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  private static void node(DataOutputStream out, Node n) throws IOException {
    if (n instanceof Node.MapNode m) {
      out.writeByte(MAP);
      at(out, m.at());
      out.writeInt(m.entries().size());
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        out.writeUTF(e.getKey());
        at(out, m.keyAt().get(e.getKey()));
        node(out, e.getValue());
      }
    } else if (n instanceof Node.ListNode l) {
      out.writeByte(LIST);
      at(out, l.at());
      out.writeInt(l.items().size());
      for (Node item : l.items()) {
        node(out, item);
      }
    } else {
      Node.ScalarNode s = (Node.ScalarNode) n;
      out.writeByte(s.text() == null ? NULL : SCALAR);
      at(out, s.at());
      if (s.text() != null) {
        out.writeUTF(s.text());
      }
    }
  }

  private static void at(DataOutputStream out, Location l) throws IOException {
    out.writeInt(l.line());
    out.writeInt(l.column());
  }

  private static Node node(DataInputStream in, String origin) throws IOException {
    byte kind = in.readByte();
    Location here = at(in, origin);
    switch (kind) {
      case MAP: {
        int n = in.readInt();
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keyAt = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          keyAt.put(key, at(in, origin));
          entries.put(key, node(in, origin));
        }
        return new Node.MapNode(entries, keyAt, here);
      }
      case LIST: {
        int n = in.readInt();
        List<Node> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
          items.add(node(in, origin));
        }
        return new Node.ListNode(items, here);
      }
      case SCALAR:
        return new Node.ScalarNode(in.readUTF(), here);
      case NULL:
        return new Node.ScalarNode(null, here);
      default:
        throw new IOException("not a tree node: " + kind);
    }
  }

  private static Location at(DataInputStream in, String origin) throws IOException {
    return new Location(origin, in.readInt(), in.readInt());
  }
}
