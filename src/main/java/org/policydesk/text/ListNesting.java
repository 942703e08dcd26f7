package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out how deep a list item sits from the order in which numbering families appear, the way a reader
 * does: "1." then "a." nests the letters; a later "2." returns to the outer level. Indentation breaks ties
 * between bullets.
 */
final class ListNesting {

    private record Level(ListLabel.Kind kind, int indent) {
    }

    private final List<Level> stack = new ArrayList<>();

    int levelOf(ListLabel.Kind kind, int indent) {
        for (int k = stack.size() - 1; k >= 0; k--) {
            Level level = stack.get(k);
            if (level.kind == kind && (kind != ListLabel.Kind.BULLET || level.indent == indent)) {
                stack.subList(k + 1, stack.size()).clear();
                return k;
            }
            if (kind == ListLabel.Kind.BULLET && level.kind == kind && indent < level.indent) {
                continue;
            }
        }
        stack.add(new Level(kind, indent));
        return stack.size() - 1;
    }

    void reset() {
        stack.clear();
    }
}
