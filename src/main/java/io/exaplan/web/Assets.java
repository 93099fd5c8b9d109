package io.exaplan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's files, read from the jar once at start. Only the names listed here exist: a URL is
 * looked up in this map, never turned into a path, so no request can reach another file.
 */
final class Assets {
  /** URL path to resource name and media type. */
  private static final String[][] FILES = {
      {"/", "index.html", "text/html;charset=utf-8"},
      {"/app.css", "app.css", "text/css;charset=utf-8"},
      {"/app.js", "app.js", "text/javascript;charset=utf-8"}};

  record Asset(String mediaType, byte[] bytes) {}

  private final Map<String, Asset> byPath = new LinkedHashMap<>();

  Assets() {
    for (String[] f : FILES) {
      byPath.put(f[0], new Asset(f[2], read("/web/" + f[1])));
    }
  }

  /** URL paths served, in order. */
  Iterable<String> paths() {
    return byPath.keySet();
  }

  Asset get(String path) {
    return byPath.get(path);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
