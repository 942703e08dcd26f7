package org.policydesk.cli;

import java.util.List;

import org.policydesk.model.RedlineReport;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;

/** JSON shapes of the library commands (snake_case through {@link Json#GSON}). */
final class LibraryJson {

    private LibraryJson() {
    }

    record Version(int version, String status) {
    }

    record Segment(String change, String text) {
    }

    record Comment(int n, String text, Integer issue, String issued) {
    }

    /** {@code redline --json}: the two versions, the inserted and deleted runs, and every segment in order. */
    record Redline(String number, String title, Version from, Version to, List<String> inserted, List<String> deleted,
                   List<Segment> segments, List<Comment> pressplus) {
        static Redline of(RedlineReport r) {
            return new Redline(r.number() == null ? null : r.number().toString(), r.title(),
                    new Version(r.from().seq(), r.from().status().name()), new Version(r.to().seq(), r.to().status().name()),
                    runs(r, RedlineSegment.Change.INSERTED), runs(r, RedlineSegment.Change.DELETED),
                    r.segments().stream().map(s -> new Segment(s.change().name().toLowerCase(java.util.Locale.ROOT), s.text())).toList(),
                    r.comments().stream().map(c -> new Comment(c.n(), c.text(), c.issue(),
                            c.issued() == null ? null : c.issued().toString())).toList());
        }

        private static List<String> runs(RedlineReport r, RedlineSegment.Change change) {
            return r.segments().stream().filter(s -> s.change() == change).map(RedlineSegment::text).toList();
        }
    }

    record Reference(String policy, String policyTitle, int version, String status, String names, String title) {
        static Reference of(ReferenceHit h) {
            return new Reference(h.policy() == null ? null : h.policy().toString(), h.policyTitle(), h.versionSeq(),
                    h.status().name(), h.named(), h.title());
        }
    }

    record Span(int start, int end) {
    }

    record Found(String number, String title, String status, String snippet, List<Span> highlights) {
        static Found of(SearchHit h) {
            return new Found(h.number() == null ? null : h.number().toString(), h.title(), h.status().name(), h.snippet(),
                    h.highlights().stream().map(s -> new Span(s.start(), s.end())).toList());
        }
    }
}
