package org.policydesk.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that a copy from a PDF or a web page brings along but that are not policy text: page numbers,
 * running headers, print time stamps, copyright footers. They stay in the text and are flagged.
 */
final class PageFurniture {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)^(?:-\\s*)?page\\s+\\d+(?:\\s*(?:of|/)\\s*\\d+)?(?:\\s*-)?$"),
            Pattern.compile("(?i)^.{0,80}\\bpage\\s+\\d+\\s+of\\s+\\d+$"),
            Pattern.compile("^-?\\s*\\d{1,3}\\s*-?$"),
            Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$"),
            Pattern.compile("(?i)^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?\\b.*$"),
            Pattern.compile("(?i)^https?://\\S+(?:\\s+\\d+/\\d+)?$"),
            Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\b).{0,200}$"),
            Pattern.compile("(?i)^.{0,120}\\b(?:policy reference education subscription service|"
                    + "illinois association of school boards)\\b.{0,120}$"));

    private PageFurniture() {
    }

    /** All of the above as one pattern: one matcher per line instead of eight. */
    private static final Pattern ANY = Pattern.compile(PATTERNS.stream()
            .map(p -> "(?:" + p.pattern() + ")").collect(java.util.stream.Collectors.joining("|")));

    static boolean matches(String content) {
        if (content.isEmpty() || content.length() > 250) {
            return false;
        }
        return ANY.matcher(content).matches();
    }
}
