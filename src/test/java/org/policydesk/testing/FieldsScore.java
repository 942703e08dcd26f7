package org.policydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.policydesk.model.CrossRef;
import org.policydesk.model.LegalRef;
import org.policydesk.model.PolicyDocument;

/**
 * Counts the fields an import got right against the policy a corpus file was made from: number, title,
 * section, legal references, cross references and dates — six per policy, as issue 17 counted them.
 */
public final class FieldsScore {

    private int right;
    private int total;
    private final List<String> misses = new ArrayList<>();

    public void score(String file, PolicyDocument got, SamplePolicy expected) {
        check(file, "number", expected.number(), got.number() == null ? null : got.number().toString());
        check(file, "title", norm(expected.title()), got.title() == null ? null : norm(got.title()));
        check(file, "section", norm(expected.section()), got.section() == null ? null : norm(got.section()));
        List<String> legal = got.legalRefs().stream().map(LegalRef::text).toList();
        boolean legalRight = legal.size() == expected.legalRefs().size() && expected.legalRefs().stream()
                .allMatch(e -> legal.stream().anyMatch(l -> norm(l).equals(norm(e))));
        check(file, "legal refs", "ok", legalRight ? "ok" : legal.toString());
        Set<String> cross = got.crossRefs().stream().map(CrossRef::number).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        check(file, "cross refs", new TreeSet<>(expected.crossNumbers()).toString(), cross.toString());
        Set<String> dates = got.history().stream().map(h -> h.kind() + " " + h.date().toIso())
                .collect(Collectors.toCollection(TreeSet::new));
        check(file, "dates", new TreeSet<>(expected.dates()).toString(), dates.toString());
    }

    private void check(String file, String field, String expected, String got) {
        total++;
        if (expected.equals(got)) {
            right++;
        } else {
            misses.add(file + " " + field + ": expected " + expected + ", got " + got);
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    public double percent() {
        return total == 0 ? 0 : 100.0 * right / total;
    }

    public int right() {
        return right;
    }

    public int total() {
        return total;
    }

    public List<String> misses() {
        return misses;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d fields right (%.1f%%)", right, total, percent());
    }
}
