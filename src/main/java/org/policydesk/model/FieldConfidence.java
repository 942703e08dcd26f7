package org.policydesk.model;

import java.util.Objects;

/**
 * A recognised field with how sure the recogniser is of it and the evidence that decided it.
 *
 * @param value    the recognised value, or null when nothing was found
 * @param score    0 (a guess, or nothing) to 1 (stated plainly, by a label or a heading)
 * @param evidence what decided it, in words a reviewer understands ("labelled 'Code'", "line 3, bold")
 */
public record FieldConfidence(String value, double score, String evidence) {

    /** Below this a person should look at the field before the policy counts as recognised. */
    public static final double REVIEW_BELOW = 0.6;

    public FieldConfidence {
        Objects.requireNonNull(evidence);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("confidence out of range: " + score);
        }
    }

    public static FieldConfidence none(String why) {
        return new FieldConfidence(null, 0, why);
    }

    public boolean found() {
        return value != null && !value.isBlank();
    }

    public boolean doubtful() {
        return !found() || score < REVIEW_BELOW;
    }

    /** The same value stated by a person: certain. */
    public static FieldConfidence confirmed(String value) {
        return new FieldConfidence(value, 1, "given by a person");
    }
}
