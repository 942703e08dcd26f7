package org.policydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of source lines with one role. {@code raw} is the exact source text, line endings included, so
 * that the blocks of a document concatenate back to its source. {@code text} is the content without
 * list labels or reference labels, and {@code runs} is that content split into styled pieces.
 *
 * @param line         1-based line where the block starts
 * @param label        list label as written ("1.", "a.", "•"), empty for other blocks
 * @param level        list nesting level, 0 for the outer list
 * @param continuation true when the block continues the previous paragraph across a page break
 */
public record Block(BlockKind kind, String raw, int line, String text, List<Run> runs,
                    String label, int level, boolean continuation) {
    public Block {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(raw);
        text = text == null ? "" : text;
        runs = runs == null ? List.of() : List.copyOf(runs);
        label = label == null ? "" : label;
    }
}
