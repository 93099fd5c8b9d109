package io.exaplan.netbox;

import java.util.List;

/**
 * The part of a NetBox device type (community device-type library schema) that exaplan uses:
 * height, power ports and interfaces. Everything else NetBox describes is accepted and ignored.
 */
public record DeviceType(
    String file,
    String manufacturer,
    String model,
    String slug,
    String partNumber,
    int uHeight,
    boolean fullDepth,
    List<PowerPort> powerPorts,
    List<Interface> interfaces) {

  /** A power inlet: NetBox's maximum_draw and allocated_draw, in watts (0 when not given). */
  public record PowerPort(String name, double maximumDraw, double allocatedDraw) {}

  /** A network interface with its NetBox type slug ("200gbase-x-qsfp56"). */
  public record Interface(String name, String type, boolean mgmtOnly) {}
}
