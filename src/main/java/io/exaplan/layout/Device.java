package io.exaplan.layout;

/**
 * One device mounted in a rack: its role, catalog model, lowest rack unit (1 = bottom), height
 * in U, and draw on the design's power basis (the draw packed against the rack limit).
 */
public record Device(
    String id,
    Role role,
    int number,
    String model,
    String modelName,
    int position,
    int height,
    double watts,
    double typicalWatts,
    double maxWatts) {

  /** Highest unit the device occupies. */
  public int top() {
    return position + height - 1;
  }

  /** "C-node 12". */
  public String label() {
    return role.label() + " " + number;
  }
}
