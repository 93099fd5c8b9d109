package io.exaplan.catalog;

/**
 * Where a figure comes from: a public document, or an assumption with its reasoning. Reports list
 * every assumption a result depends on so a reader knows which numbers to challenge.
 */
public record Source(String id, String citation, boolean assumption) {
  /** Prefix that marks a source text as an assumption rather than a citation. */
  public static final String ASSUMPTION = "assumption:";
}
