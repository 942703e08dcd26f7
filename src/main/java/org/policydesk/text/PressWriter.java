package org.policydesk.text;

import org.policydesk.model.Block;
import org.policydesk.model.PolicyDocument;

/** Writes a parsed document back to text: the blocks' exact source, so an unedited import round-trips byte for byte. */
public final class PressWriter {

    public String write(PolicyDocument document) {
        StringBuilder out = new StringBuilder(document.sourceText().length());
        for (Block block : document.blocks()) {
            out.append(block.raw());
        }
        return out.toString();
    }
}
