package org.policydesk.bench;

/** One measured figure of the harness: name, value, unit (and a goal to compare against, or null). */
public record BenchResult(String name, double value, String unit, String goal) {
}
