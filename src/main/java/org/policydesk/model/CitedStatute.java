package org.policydesk.model;

import java.util.List;

/**
 * One statute ("105 ILCS 5", "20 U.S.C.", "Cases") and every place a current text cites it; each hit's
 * {@code named} is the section cited ("105 ILCS 5/10-22.4").
 */
public record CitedStatute(String statute, List<ReferenceHit> hits) {
    public CitedStatute {
        hits = List.copyOf(hits);
    }
}
