package io.exaplan.report;

/**
 * One column of a {@link Table}: a stable key, a header, the unit of its values (shown in headers;
 * empty for text and counts), how many decimals a person sees, and optionally an Excel formula
 * over other columns' keys, e.g. "{usablePB}/{racks}", so a workbook recomputes derived cells.
 */
public record Column(String key, String header, String unit, int decimals, String formula) {

  public static Column text(String key, String header) {
    return new Column(key, header, "", -1, null);
  }

  public static Column count(String key, String header) {
    return new Column(key, header, "", 0, null);
  }

  public static Column number(String key, String header, String unit, int decimals) {
    return new Column(key, header, unit, decimals, null);
  }

  public Column withFormula(String f) {
    return new Column(key, header, unit, decimals, f);
  }

  /** "Usable (PB)" or "Name". */
  public String title() {
    return unit.isEmpty() ? header : header + " (" + unit + ")";
  }

  public boolean numeric() {
    return decimals >= 0;
  }
}
