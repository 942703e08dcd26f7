package org.policydesk.gui;

import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.policydesk.model.HistoryEntry;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyVersion;

/** How dates, history entries and versions read on screen. */
final class DocumentFormats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    private DocumentFormats() {
    }

    /** "June 21, 2023", "June 2019" or "2019": only as precise as the text was. */
    static String date(PartialDate date) {
        if (date.month() == null) {
            return Integer.toString(date.year());
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.US);
        return date.day() == null ? month + " " + date.year() : month + " " + date.day() + ", " + date.year();
    }

    /** "Adopted: June 21, 2023". */
    static String history(HistoryEntry entry) {
        String kind = entry.kind().key();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + date(entry.date());
    }

    /** "Version 2 · Draft · Issue 117 · Oct 5, 2024" for the versions list. */
    static String version(PolicyVersion v) {
        StringBuilder s = new StringBuilder("Version ").append(v.seq()).append(" · ").append(v.status().label());
        if (v.pressIssue() != null) {
            s.append(" · Issue ").append(v.pressIssue());
        }
        if (v.needsReview()) {
            s.append(" · needs review");
        }
        if (v.createdAt() != null) {
            s.append(" · ").append(DAY.format(v.createdAt().atZone(ZoneId.systemDefault())));
        }
        return s.toString();
    }
}
