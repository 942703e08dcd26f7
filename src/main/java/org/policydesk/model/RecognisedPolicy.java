package org.policydesk.model;

import java.util.Objects;

/**
 * One policy found in an imported file, before it is stored: the document (whose number, title and section
 * are the recognised ones), how sure the recogniser is of each of those three, and where it came from.
 */
public record RecognisedPolicy(PolicyDocument document, FieldConfidence number, FieldConfidence title,
                               FieldConfidence section, SourceSpan source) {

    /** How the recogniser words its doubts about number, title and section. */
    private static final java.util.regex.Pattern HEAD_DOUBT = java.util.regex.Pattern.compile(
            "^(?:no (?:number|title|section) recognised|(?:number|title|section) \".*\" is uncertain)");

    public RecognisedPolicy {
        Objects.requireNonNull(document);
        Objects.requireNonNull(number);
        Objects.requireNonNull(title);
        Objects.requireNonNull(section);
        Objects.requireNonNull(source);
    }

    /** Without a number, or any of number/title/section in doubt: a person should look before it counts. */
    public boolean needsReview() {
        return document.number() == null || number.doubtful() || title.doubtful() || section.score() < 0.35;
    }

    /** This policy with number, title and section a person typed or confirmed (null keeps the recognised one). */
    public RecognisedPolicy confirmed(PolicyNumber newNumber, String newTitle, String newSection) {
        PolicyDocument d = document;
        PolicyNumber n = newNumber == null ? d.number() : newNumber;
        String t = newTitle == null ? d.title() : newTitle;
        String s = newSection == null ? d.section() : newSection;
        // The recogniser's doubts about the head are answered; its notes about the body stay.
        java.util.List<ParseWarning> warnings = d.warnings().stream().filter(w -> !HEAD_DOUBT.matcher(w.message()).find())
                .toList();
        PolicyDocument changed = d.withHead(n, t, s).withWarnings(warnings);
        return new RecognisedPolicy(changed,
                n == null ? number : FieldConfidence.confirmed(n.toString()),
                t == null || t.isBlank() ? title : FieldConfidence.confirmed(t),
                s == null || s.isBlank() ? section : FieldConfidence.confirmed(s), source);
    }
}
