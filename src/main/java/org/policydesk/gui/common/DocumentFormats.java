package org.policydesk.gui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import org.policydesk.model.HistoryEntry;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionDating;

/** How dates, history entries and versions read on screen. */
public final class DocumentFormats {

    private DocumentFormats() {
    }

    /** "June 21, 2023", "June 2019" or "2019": only as precise as the text was. */
    public static String date(PartialDate date) {
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

    /** "Version 2 · Draft created October 5, 2024 · Issue 117", when no vote or status dates are known. */
    public static String version(PolicyVersion v) {
        return version(v, VersionDating.UNKNOWN);
    }

    /**
     * "Version 1 · Adopted June 21, 2023", "Version 2 · Draft created October 5, 2024 · Issue 117": each version
     * with the date that matters for its status. An adopted (or superseded) version is known by the board's vote,
     * never by the day its text was imported; an open one by when it was made or reached its step.
     */
    public static String version(PolicyVersion v, VersionDating dating) {
        StringBuilder s = new StringBuilder("Version ").append(v.seq()).append(" · ").append(v.status().label());
        String when = statusDate(v, dating);
        if (!when.isEmpty()) {
            s.append(' ').append(when);
        }
        if (v.pressIssue() != null) {
            s.append(" · Issue ").append(v.pressIssue());
        }
        if (v.needsReview()) {
            s.append(" · needs review");
        }
        return s.toString();
    }

    private static String statusDate(PolicyVersion v, VersionDating dating) {
        PartialDate adopted = dating.boardAdoption();
        Instant since = dating.statusChangedAt() != null ? dating.statusChangedAt() : v.createdAt();
        return switch (v.status()) {
            case ADOPTED -> adopted != null ? date(adopted) : "(adoption date not recorded)";
            case SUPERSEDED -> adopted != null ? "· adopted " + date(adopted) : "";
            case DRAFT -> v.createdAt() == null ? "" : "created " + day(v.createdAt());
            case COMMITTEE, FIRST_READING, HELD -> since == null ? "" : "since " + day(since);
            case NOT_ADOPTED, DISCARDED -> since == null ? "" : "on " + day(since);
        };
    }

    /** A moment as the day it was here: "October 5, 2024". */
    private static String day(Instant at) {
        return date(PartialDate.of(LocalDate.ofInstant(at, ZoneId.systemDefault())));
    }
}
