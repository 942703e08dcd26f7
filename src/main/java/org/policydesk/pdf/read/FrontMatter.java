package org.policydesk.pdf.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A manual's cover and table of contents. A contents page is mostly entries that end in a page number after a
 * dot leader or a wide gap; a cover is a short first page in front of a longer document that holds neither a
 * sentence nor a policy number.
 */
final class FrontMatter {

    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^.*\\S(?:\\s*(?:\\.\\s?){3,}|\\s*…+|\\s{2,}|\\s)\\s*\\d{1,4}$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile("(?i)^(?:table\\s+of\\s+)?contents$|^index$");

    /** Five lower-case words in a row: a sentence, which a cover does not have. */
    private static final Pattern PROSE_WORDS = Pattern.compile("(?:\\b[a-z][a-z,;'’]*\\s+){4}[a-z]");
    private static final Pattern POLICY_NUMBER = Pattern.compile("(?<![\\d/.])\\d{1,2}\\s*[:.-]\\s*\\d{2,4}(?![\\d/])");

    private FrontMatter() {
    }

    static boolean isContentsPage(List<PositionedLine> page) {
        if (page.isEmpty()) {
            return false;
        }
        long entries = page.stream().filter(l -> CONTENTS_ENTRY.matcher(l.text()).matches() && !l.inMargin()).count();
        boolean titled = page.stream().anyMatch(l -> CONTENTS_TITLE.matcher(l.text().trim()).matches());
        long body = page.stream().filter(l -> !l.inMargin()).count();
        double share = body == 0 ? 0 : (double) entries / body;
        return (titled && share >= 0.3) || (share >= 0.6 && entries >= 4);
    }

    static boolean isCover(List<PositionedLine> firstPage, int pages) {
        if (pages < 2 || firstPage.isEmpty()) {
            return false;
        }
        int words = firstPage.stream().mapToInt(l -> l.text().split("\\s+").length).sum();
        boolean prose = firstPage.stream().anyMatch(l -> PROSE_WORDS.matcher(l.text()).find());
        boolean numbered = firstPage.stream().anyMatch(l -> POLICY_NUMBER.matcher(l.text()).find());
        return words <= 60 && !prose && !numbered;
    }
}
