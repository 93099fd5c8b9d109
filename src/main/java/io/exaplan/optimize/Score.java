package io.exaplan.optimize;

/**
 * An objective value compared lexicographically: {@code primary}, then {@code second}, then
 * {@code third}. Lower is better.
 */
public record Score(double primary, double second, double third) implements Comparable<Score> {
  @Override
  public int compareTo(Score o) {
    int c = Double.compare(primary, o.primary);
    if (c != 0) {
      return c;
    }
    c = Double.compare(second, o.second);
    return c != 0 ? c : Double.compare(third, o.third);
  }
}
