package io.exaplan.layout;

import io.exaplan.sizing.PowerBasis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every device of one design goes: exactly the engine's rack count, each rack within its
 * usable units and its power limit on {@link #basis()}.
 */
public record RackPlan(String rackModel, String rackName, PowerBasis basis, List<Rack> racks) {

  public RackPlan {
    racks = List.copyOf(racks);
  }

  /** Racks that look alike, with the numbers of the racks that share the layout. */
  public record Layout(Rack example, List<Integer> rackNumbers) {
    public Layout {
      rackNumbers = List.copyOf(rackNumbers);
    }
  }

  /** One entry per distinct layout, in order of first appearance along the row. */
  public List<Layout> layouts() {
    Map<List<String>, List<Rack>> groups = new LinkedHashMap<>();
    for (Rack r : racks) {
      groups.computeIfAbsent(r.layoutKey(), k -> new ArrayList<>()).add(r);
    }
    List<Layout> out = new ArrayList<>();
    for (List<Rack> g : groups.values()) {
      List<Integer> numbers = new ArrayList<>();
      for (Rack r : g) {
        numbers.add(r.number());
      }
      out.add(new Layout(g.get(0), numbers));
    }
    return out;
  }

  public int count(Role role) {
    return racks.stream().mapToInt(r -> r.count(role)).sum();
  }

  public double watts() {
    return racks.stream().mapToDouble(Rack::watts).sum();
  }

  public int usedU() {
    return racks.stream().mapToInt(Rack::usedU).sum();
  }

  /** "R01-R04, R09": rack numbers as ranges, for captions. */
  public String ranges(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    int n = racks.size();
    for (int i = 0; i < numbers.size(); i++) {
      int start = numbers.get(i);
      int end = start;
      while (i + 1 < numbers.size() && numbers.get(i + 1) == end + 1) {
        end = numbers.get(++i);
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(racks.get(start - 1).name(n));
      if (end > start) {
        sb.append(end == start + 1 ? ", " : "-").append(racks.get(end - 1).name(n));
      }
    }
    return sb.toString();
  }
}
