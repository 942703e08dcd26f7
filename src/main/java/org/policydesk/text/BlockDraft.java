package org.policydesk.text;

import java.util.List;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.Run;

/** A block under construction: a range of source lines whose kind may still change while the header is read. */
final class BlockDraft {
    BlockKind kind;
    final int start;
    int end;
    final int line;
    String text;
    String label = "";
    int level;
    boolean continuation;

    BlockDraft(BlockKind kind, int start, int end, int line, String text) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.text = text;
    }

    boolean isGap() {
        return kind == BlockKind.BLANK || kind == BlockKind.PAGE_FURNITURE;
    }

    boolean isProse() {
        return kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM;
    }

    /** The exact source of the block, line terminators included. */
    String raw(List<SourceLine> lines) {
        if (end - start == 1) {
            return lines.get(start).raw();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            sb.append(lines.get(k).raw());
        }
        return sb.toString();
    }

    Block build(InlineParser inline, List<SourceLine> lines) {
        List<Run> runs = kind == BlockKind.BLANK ? List.of() : inline.parse(text);
        return new Block(kind, raw(lines), line, text, runs, label, level, continuation);
    }
}
