package org.policydesk.model;

import java.util.Locale;

/** What happened to a policy on a date in its history line ("Adopted: June 21, 2023"). */
public enum HistoryKind {
    ADOPTED, AMENDED, REVISED, REVIEWED, REAFFIRMED;

    /** The lower-case word used in JSON output. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
