package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policydesk.model.PolicyNumber;

/**
 * Cuts a manual, or a section of one, into its policies. A line opens a policy when enough evidence says so:
 * a number where headings put it, a title beside or under it, bold or large type, the top of a page, and the
 * previous policy's references or history just before. One such line in a file means one policy; the lines
 * before the first belong to it (letterhead, section, a title set above the number).
 */
final class PolicySplitter {

    private static final double OPENS = 2.3;

    private PolicySplitter() {
    }

    static List<List<LineEvidence>> split(List<LineEvidence> lines, float bodySize) {
        List<Integer> starts = new ArrayList<>();
        boolean inReferences = false;
        PolicyNumber current = null;
        for (int k = 0; k < lines.size(); k++) {
            LineEvidence l = lines.get(k);
            String t = l.text();
            if (ReferenceLabels.isLabel(t) || ReferenceLabels.legal(t).isPresent() || ReferenceLabels.cross(t).isPresent()) {
                inReferences = true;
                continue;
            }
            Optional<NumberEvidence.Found> found = NumberEvidence.best(t);
            if (found.isEmpty() || found.get().place() == NumberEvidence.Place.INLINE
                    || found.get().number().equals(current)) {
                if (HistoryLineParser.parse(t).isPresent()) {
                    inReferences = false;
                }
                continue;
            }
            double score = opening(lines, k, found.get(), bodySize, inReferences, starts.isEmpty() ? -1 : starts.get(starts.size() - 1));
            if (score >= OPENS) {
                starts.add(k);
                current = found.get().number();
                inReferences = false;
            }
        }
        List<List<LineEvidence>> policies = new ArrayList<>();
        if (starts.size() < 2) {
            policies.add(lines);
            return policies;
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int s = 1; s < starts.size(); s++) {
            cuts.add(pullBack(lines, starts.get(s), starts.get(s - 1), bodySize));
        }
        cuts.add(lines.size());
        for (int c = 0; c + 1 < cuts.size(); c++) {
            policies.add(lines.subList(cuts.get(c), cuts.get(c + 1)));
        }
        return policies;
    }

    private static double opening(List<LineEvidence> lines, int k, NumberEvidence.Found f, float bodySize,
                                  boolean inReferences, int previousStart) {
        LineEvidence l = lines.get(k);
        double score = f.colon() ? 1.0 : 0.7;
        if (f.place() == NumberEvidence.Place.TRAILING) {
            score -= 0.4;
        }
        boolean titled = f.place() == NumberEvidence.Place.LEADING ? HeadLines.titleLikeText(f.after())
                : f.place() == NumberEvidence.Place.TRAILING ? HeadLines.titleLikeText(f.before())
                : k + 1 < lines.size() && HeadLines.titleLike(lines.get(k + 1));
        score += titled ? 0.5 : -0.3;
        if (HeadLines.emphasised(l, bodySize)) {
            score += 0.8;
        }
        // The top of a page counts only when the page before ended its sentence.
        boolean pageTop = k == 0 || (l.page() > 0 && lines.get(k - 1).page() != l.page() && l.paragraphStart());
        if (pageTop) {
            score += 0.8;
        } else if (k > 0 && HistoryLineParser.parse(lines.get(k - 1).text()).isPresent()) {
            score += 0.5;
        }
        if (l.paragraphStart()) {
            score += 0.3;
        }
        if (inReferences && !HeadLines.emphasised(l, bodySize)) {
            score -= 1.5;
        }
        if (f.bracketed() || l.listMarker() != null && !HeadLines.emphasised(l, bodySize)) {
            score -= 1.0;
        }
        if (previousStart >= 0 && k - previousStart < 3) {
            score -= 1.0;
        }
        return score;
    }

    /** Heading lines set just above a policy's number (its title, its section) belong to that policy. */
    private static int pullBack(List<LineEvidence> lines, int start, int previousStart, float bodySize) {
        int cut = start;
        for (int k = start - 1; k > previousStart + 1 && k >= start - 2; k--) {
            LineEvidence l = lines.get(k);
            boolean heading = HeadLines.emphasised(l, bodySize) || SectionNames.stated(l.text()).isPresent();
            if (!heading || !HeadLines.titleLike(l) || HeadLines.endsHead(l.text())) {
                break;
            }
            cut = k;
        }
        return cut;
    }
}
