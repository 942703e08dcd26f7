package org.policydesk.text;

import java.util.List;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.Run;

/** Reads PRESS policy text into a {@link PolicyDocument}. Never throws on any input. (Stub: structure arrives next.) */
public final class PressParser {

    public PolicyDocument parse(String text) {
        Block whole = new Block(BlockKind.PARAGRAPH, text, 1, text, List.of(Run.plain(text)), "", 0, false);
        return new PolicyDocument(text, null, null, null, "", List.of(whole), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
