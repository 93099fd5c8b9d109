package io.exaplan.netbox;

import io.exaplan.config.Location;
import java.util.List;

/**
 * The part of a NetBox device type or module type (community device-type library schema) that
 * exaplan uses: height, weight, power ports, interfaces and the bays that may hold modules or
 * child devices. Everything else NetBox describes is accepted and ignored. Module types have no
 * slug and no height ({@code module} true). {@code at} is where the file's map starts; each
 * component list remembers where it was written, for messages.
 */
public record DeviceType(
    String file,
    boolean module,
    String manufacturer,
    String model,
    String slug,
    String partNumber,
    int uHeight,
    Location uHeightAt,
    double weightKg,
    Location weightAt,
    List<PowerPort> powerPorts,
    Location powerPortsAt,
    List<Interface> interfaces,
    Location interfacesAt,
    List<String> moduleBays,
    List<String> deviceBays,
    Location at) {

  /** A power inlet: NetBox's type, maximum_draw and allocated_draw in watts (0 when not given). */
  public record PowerPort(String name, String type, double maximumDraw, double allocatedDraw) {}

  /** A network interface with its NetBox type slug ("200gbase-x-qsfp56"). */
  public record Interface(String name, String type, boolean mgmtOnly) {}
}
