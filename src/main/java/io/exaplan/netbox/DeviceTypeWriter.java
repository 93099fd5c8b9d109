package io.exaplan.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a device type in the NetBox device-type library's YAML format from data (a YAML
 * emitter quotes every value, so no name can add keys), in the schema's key order.
 */
final class DeviceTypeWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  /** A power inlet: the device's whole draw (either supply can carry it), in whole watts. */
  record Supply(String name, String label, String type, long maximumDraw, long allocatedDraw) {}

  /** A PDU outlet fed from one of the device's power ports. */
  record Outlet(String name, String type, String powerPort) {}

  record Port(String name, String type, boolean mgmtOnly) {}

  record Spec(String manufacturer, String model, String slug, String partNumber, double uHeight,
      boolean fullDepth, double weightKg, String comments, List<Supply> supplies,
      List<Outlet> outlets, List<Port> interfaces) {}

  private DeviceTypeWriter() {}

  static String yaml(Spec t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("manufacturer", t.manufacturer());
    m.put("model", t.model());
    m.put("slug", t.slug());
    if (!t.partNumber().isEmpty()) {
      m.put("part_number", t.partNumber());
    }
    m.put("u_height", t.uHeight() == Math.rint(t.uHeight()) ? (Object) (long) t.uHeight()
        : (Object) t.uHeight());
    m.put("is_full_depth", t.fullDepth());
    if (!Double.isNaN(t.weightKg())) {
      m.put("weight", Math.round(t.weightKg() * 100) / 100.0);
      m.put("weight_unit", "kg");
    }
    m.put("comments", t.comments());
    List<Map<String, Object>> ports = new ArrayList<>();
    for (Supply s : t.supplies()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", s.name());
      p.put("label", s.label());
      p.put("type", s.type());
      if (s.maximumDraw() > 0) {
        p.put("maximum_draw", s.maximumDraw());
        p.put("allocated_draw", s.allocatedDraw());
      }
      ports.add(p);
    }
    m.put("power-ports", ports);
    if (!t.outlets().isEmpty()) {
      List<Map<String, Object>> outlets = new ArrayList<>();
      for (Outlet o : t.outlets()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", o.name());
        p.put("type", o.type());
        p.put("power_port", o.powerPort());
        outlets.add(p);
      }
      m.put("power-outlets", outlets);
    }
    if (!t.interfaces().isEmpty()) {
      List<Map<String, Object>> ifaces = new ArrayList<>();
      for (Port i : t.interfaces()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", i.name());
        p.put("type", i.type());
        if (i.mgmtOnly()) {
          p.put("mgmt_only", true);
        }
        ifaces.add(p);
      }
      m.put("interfaces", ifaces);
    }
    try {
      return "---\n" + YAML.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
