package org.policydesk.model;

import java.util.Locale;

/** Which reading of a policy a board meeting holds. */
public enum Reading {
    FIRST("First Reading"),
    SECOND("Second Reading");

    private final String label;

    Reading(String label) {
        this.label = label;
    }

    /** "First Reading", as a packet title shows it. */
    public String label() {
        return label;
    }

    /** Reads "first" or "second" (any case), as the command line takes it. */
    public static Reading parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
