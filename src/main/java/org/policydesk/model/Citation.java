package org.policydesk.model;

import java.util.Objects;

/**
 * One cited section, in a canonical spelling ("105 ILCS 5/10-22.4", "20 U.S.C. 1232g"), with the statute it
 * belongs to ("105 ILCS 5", "20 U.S.C."), so that the References place can group and compare citations.
 */
public record Citation(String statute, String cite) {
    public Citation {
        Objects.requireNonNull(statute);
        Objects.requireNonNull(cite);
    }

    @Override
    public String toString() {
        return cite;
    }
}
