package io.exaplan.audit;

/** One audited claim, as the JSON contract of {@code audit} gives it. */
public record ClaimResult(
    String id, String statement, Verdict verdict, String computed, String explanation) {}
