package org.policydesk.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "LEGAL REF.:" and "CROSS REF.:" labels in their many spellings, with any entries on the same line. */
final class ReferenceLabels {

    private static final Pattern LEGAL_LABEL = Pattern.compile(
            "(?i)^(?:legal\\s+ref(?:erence)?s?|legal\\s+(?:authority|basis|citations?)|statutory\\s+(?:authority|references?))(?:\\(s\\))?(?:\\s*\\.\\s*:?|\\s*:|\\s*$)\\s*(.*)$");
    private static final Pattern CROSS_LABEL = Pattern.compile(
            "(?i)^(?:cross[\\s-]*ref(?:erence)?s?|related\\s+polic(?:y|ies)|policy\\s+cross\\s+references?)(?:\\(s\\))?(?:\\s*\\.\\s*:?|\\s*:|\\s*$)\\s*(.*)$");

    private ReferenceLabels() {
    }

    /** The text after a LEGAL REF label (possibly empty), when the line is one. */
    static Optional<String> legal(String c) {
        return rest(LEGAL_LABEL.matcher(c));
    }

    /** The text after a CROSS REF label (possibly empty), when the line is one. */
    static Optional<String> cross(String c) {
        return rest(CROSS_LABEL.matcher(c));
    }

    static boolean isLabel(String c) {
        return LEGAL_LABEL.matcher(c).matches() || CROSS_LABEL.matcher(c).matches();
    }

    private static Optional<String> rest(Matcher m) {
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
