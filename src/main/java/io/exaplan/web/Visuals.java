package io.exaplan.web;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.InputException;
import io.exaplan.design.Scenario;
import io.exaplan.report.Commands;
import io.exaplan.report.deliverables.Deliverables;
import io.exaplan.report.visual.VisualFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code exaplan report} writes, for the web: the HTML report and the deck as downloads,
 * and each file of its svg and png folders by name (a rack sheet, a chart). A page asks for
 * several drawings of one scenario at once, so the last few scenarios' deliverables are kept.
 */
final class Visuals {
  private static final int KEEP = 4;

  private final Catalog catalog;
  private final Commands commands;
  private final Map<Scenario, Deliverables> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Scenario, Deliverables> eldest) {
      return size() > KEEP;
    }
  };

  Visuals(Catalog catalog, Commands commands) {
    this.catalog = catalog;
    this.commands = commands;
  }

  /** The formats of {@code report}, by key. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (VisualFormat f : VisualFormat.values()) {
      keys.add(f.key());
    }
    return keys;
  }

  /**
   * The scenario's deliverables, shared by the requests for the same scenario. They hold
   * JFreeChart objects, which are not safe to draw from two threads at once (two parallel deck
   * downloads failed with ConcurrentModificationException and ArrayIndexOutOfBoundsException):
   * every drawing of a shared Deliverables happens while holding its lock.
   */
  Deliverables of(Scenario s) {
    synchronized (recent) {
      Deliverables d = recent.get(s);
      if (d != null) {
        return d;
      }
    }
    Deliverables d = Deliverables.build(s, catalog, Deliverables.studies(s, catalog, commands));
    synchronized (recent) {
      recent.put(s, d);
    }
    return d;
  }

  /** A file's name and bytes. */
  record File(String name, byte[] bytes) {}

  /** html and pptx: the one file; svg and png: the drawing named {@code name}. */
  File file(Scenario s, VisualFormat f, String name) {
    Deliverables d = of(s);
    if (!f.folder()) {
      if (name != null) {
        throw new InputException("file: " + f.key() + " is one file; give file only with svg "
            + "or png");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      synchronized (d) { // see of(): its charts are drawn by one request at a time
        try {
          f.writeFile(d, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return new File("exaplan-report." + f.key(), out.toByteArray());
    }
    List<String> names = new ArrayList<>();
    for (VisualFormat.Drawing dr : f.drawings(d)) {
      if (dr.name().equals(name)) {
        synchronized (d) {
          return new File(dr.name() + "." + f.key(), dr.bytes().get());
        }
      }
      names.add(dr.name());
    }
    throw new InputException("file: " + (name == null ? f.key() + " writes a folder; name one "
        + "of its files" : "no file '" + name + "'") + "; expected one of: "
        + String.join(", ", names));
  }

  /** The drawings of a scenario: name and title of each, in the order the folder lists them. */
  List<Map<String, String>> drawings(Scenario s) {
    List<Map<String, String>> out = new ArrayList<>();
    for (VisualFormat.Drawing dr : VisualFormat.SVG.drawings(of(s))) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", dr.name());
      m.put("title", dr.title());
      out.add(m);
    }
    return out;
  }
}
