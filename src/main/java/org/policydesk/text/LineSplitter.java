package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines that keep their own terminators (\n, \r\n or \r), so joining them gives the text back. */
final class LineSplitter {

    private LineSplitter() {
    }

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
                lines.add(line(number++, start, text.substring(start, end), text.substring(start, i)));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(line(number, start, text.substring(start), text.substring(start)));
        }
        return lines;
    }

    private static SourceLine line(int number, int offset, String raw, String body) {
        return new SourceLine(number, offset, raw, Texts.trim(body));
    }
}
