package org.policydesk.model;

import java.util.List;

/**
 * What importing one file did.
 *
 * @param source    the file name as the user gave it
 * @param document  the parsed text
 * @param version   the version stored, or the existing one when the same text was already there
 * @param duplicate true when the identical text was already stored, so no version was added
 */
public record ImportOutcome(String source, PolicyDocument document, PolicyVersion version, boolean duplicate) {

    public List<ParseWarning> warnings() {
        return document.warnings();
    }
}
