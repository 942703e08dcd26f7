package org.policydesk.text;

/**
 * One line of source text.
 *
 * @param number  1-based line number
 * @param offset  character offset of the line's first character in the whole text
 * @param raw     the exact line, terminator included
 * @param content the line without terminator, byte-order mark and surrounding white space
 */
record SourceLine(int number, int offset, String raw, String content) {

    boolean isBlank() {
        return content.isEmpty();
    }

    /** Leading white space of the line, counting a tab as four columns; used for list nesting. */
    int indent() {
        int columns = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\uFEFF') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else {
                break;
            }
        }
        return columns;
    }
}
