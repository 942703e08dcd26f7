package org.policydesk.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policydesk.model.FieldConfidence;
import org.policydesk.model.PolicyNumber;

/**
 * Weighs the evidence in a policy's head for its number, title and section. Every place a value could come
 * from — a label, a line's shape, typography, the page's title, a breadcrumb — adds a candidate with a weight;
 * candidates that agree reinforce each other (1 - Π(1 - w)), and a close rival lowers the winner's confidence.
 */
final class HeadFields {

    /** Lines after the head's start that may still hold the number: letterheads and section lines come first. */
    private static final int HEAD = 16;

    record Result(FieldConfidence number, FieldConfidence title, FieldConfidence section) {
        PolicyNumber policyNumber() {
            return number.found() ? PolicyNumber.tryParse(number.value()).orElse(null) : null;
        }
    }

    private record NumberHit(PolicyNumber number, double score, int line, NumberEvidence.Found found, String why) {
    }

    private record LabelHit(String value, int line) {
    }

    private final List<LineEvidence> lines;
    private final List<String> breadcrumb;
    private final String pageTitle;
    private final float bodySize;
    private final Map<FieldLabels.Field, LabelHit> labels = new EnumMap<>(FieldLabels.Field.class);

    private HeadFields(List<LineEvidence> lines, List<String> breadcrumb, String pageTitle, float bodySize) {
        this.lines = lines;
        this.breadcrumb = breadcrumb;
        this.pageTitle = pageTitle;
        this.bodySize = bodySize;
    }

    static Result recognise(List<LineEvidence> lines, List<String> breadcrumb, String pageTitle, float bodySize) {
        return new HeadFields(lines, breadcrumb, pageTitle, bodySize).recognise();
    }

    private Result recognise() {
        readLabels();
        Optional<NumberHit> hit = number();
        PolicyNumber number = hit.map(NumberHit::number).orElse(null);
        FieldConfidence numberField = hit.map(h -> new FieldConfidence(h.number().toString(), h.score(), h.why()))
                .orElse(FieldConfidence.none("no policy number in the head of the text"));
        return new Result(numberField, title(hit), section(number, hit.map(NumberHit::line).orElse(-1)));
    }

    private int headEnd() {
        int end = Math.min(lines.size(), HEAD);
        for (int k = 0; k < end; k++) {
            String t = lines.get(k).text();
            if (ReferenceLabels.legal(t).isPresent() || ReferenceLabels.cross(t).isPresent()) {
                return k;
            }
        }
        return end;
    }

    private void readLabels() {
        for (int k = 0; k < Math.min(lines.size(), 40); k++) {
            String t = lines.get(k).text();
            Optional<FieldLabels.Labelled> labelled = FieldLabels.of(t);
            if (labelled.isPresent()) {
                labels.putIfAbsent(labelled.get().field(), new LabelHit(labelled.get().value(), k));
            } else if (t.length() <= 30 && k + 1 < lines.size() && FieldLabels.kindOf(t).isPresent()
                    && !FieldLabels.key(t).equals("policy")) {
                labels.putIfAbsent(FieldLabels.kindOf(t).get(), new LabelHit(lines.get(k + 1).text(), k + 1));
            }
        }
    }

    // ---- number --------------------------------------------------------------------------------------

    private Optional<NumberHit> number() {
        List<NumberHit> hits = new ArrayList<>();
        LabelHit label = labels.get(FieldLabels.Field.NUMBER);
        if (label != null) {
            Optional<NumberEvidence.Found> f = NumberEvidence.best(label.value());
            f.ifPresent(found -> hits.add(new NumberHit(found.number(), 0.95, label.line(), found,
                    "labelled on line " + (label.line() + 1))));
        }
        int end = headEnd();
        for (int k = 0; k < end; k++) {
            LineEvidence l = lines.get(k);
            Optional<FieldLabels.Labelled> labelled = FieldLabels.of(l.text());
            if (labelled.isPresent() && labelled.get().field() != FieldLabels.Field.TITLE) {
                continue;
            }
            for (NumberEvidence.Found f : NumberEvidence.in(l.text())) {
                if (f.place() == NumberEvidence.Place.INLINE && k >= 2) {
                    continue;
                }
                double s = f.weight() - 0.02 * k + (HeadLines.emphasised(l, bodySize) ? 0.08 : 0)
                        + (l.listMarker() != null ? -0.05 : 0);
                hits.add(new NumberHit(f.number(), clamp(s), k, f,
                        describe(f.place()) + " on line " + (k + 1) + (HeadLines.emphasised(l, bodySize) ? ", set apart" : "")));
            }
        }
        for (NumberEvidence.Found f : NumberEvidence.in(pageTitle)) {
            hits.add(new NumberHit(f.number(), clamp(f.weight() * 0.7), -1, f, "in the page title"));
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Map<PolicyNumber, Double> combined = new LinkedHashMap<>();
        Map<PolicyNumber, NumberHit> strongest = new LinkedHashMap<>();
        for (NumberHit h : hits) {
            combined.merge(h.number(), 1 - h.score(), (a, b) -> a * b);
            strongest.merge(h.number(), h, (a, b) -> b.score() > a.score() && b.line() >= 0 ? b : a);
        }
        List<Map.Entry<PolicyNumber, Double>> ranked = new ArrayList<>(combined.entrySet());
        ranked.sort((a, b) -> Double.compare(a.getValue(), b.getValue()));
        PolicyNumber best = ranked.get(0).getKey();
        double score = 1 - ranked.get(0).getValue();
        String why = strongest.get(best).why();
        if (ranked.size() > 1 && 1 - ranked.get(1).getValue() > score - 0.15) {
            score *= 0.7;
            why += "; " + ranked.get(1).getKey() + " is nearly as likely";
        }
        NumberHit top = strongest.get(best);
        return Optional.of(new NumberHit(best, clamp(score), top.line(), top.found(), why));
    }

    private static String describe(NumberEvidence.Place place) {
        return switch (place) {
            case ALONE -> "alone";
            case LABELLED -> "after a policy label";
            case LEADING -> "at the start of a heading";
            case TRAILING -> "after the title";
            case INLINE -> "in running text";
        };
    }

    // ---- title ---------------------------------------------------------------------------------------

    private FieldConfidence title(Optional<NumberHit> hit) {
        Candidates titles = new Candidates();
        LabelHit label = labels.get(FieldLabels.Field.TITLE);
        if (label != null && HeadLines.titleLikeText(label.value())) {
            titles.add(HeadLines.tidyTitle(label.value()), 0.95, "labelled on line " + (label.line() + 1));
        }
        int at = hit.map(NumberHit::line).orElse(-1);
        if (hit.isPresent() && at >= 0) {
            NumberEvidence.Found f = hit.get().found();
            LineEvidence l = lines.get(at);
            double emph = HeadLines.emphasised(l, bodySize) ? 0.08 : 0;
            String beside = f.place() == NumberEvidence.Place.TRAILING || f.after().isEmpty() ? f.before() : f.after();
            boolean labelLine = FieldLabels.of(l.text()).isPresent();
            if (!labelLine && !beside.isEmpty() && HeadLines.titleLikeText(beside) && !HeadLines.letterhead(beside)) {
                titles.add(HeadLines.tidyTitle(beside), 0.85 + emph, "beside the number on line " + (at + 1));
            } else {
                neighbours(titles, at);
            }
        }
        if (hit.isEmpty()) {
            firstHeading(titles);
        }
        headings(titles, at);
        pageTitleParts(titles, hit.map(NumberHit::number).orElse(null));
        return titles.best("no title found");
    }

    /** A number on a line of its own: the title is the line after it, or the one before it. */
    private void neighbours(Candidates titles, int at) {
        int next = at + 1;
        while (next < lines.size() && next <= at + 2 && FieldLabels.of(lines.get(next).text()).isPresent()) {
            next++;
        }
        if (next < lines.size() && candidateTitle(lines.get(next))) {
            LineEvidence n = lines.get(next);
            double s = 0.7 + (HeadLines.emphasised(n, bodySize) ? 0.15 : 0) - (n.text().length() > 80 ? 0.2 : 0);
            titles.add(HeadLines.tidyTitle(n.text()), s, "the line after the number (line " + (next + 1) + ")");
        }
        for (int prev = at - 1; prev >= Math.max(0, at - 2); prev--) {
            LineEvidence p = lines.get(prev);
            if (SectionNames.stated(p.text()).isPresent() || HeadLines.letterhead(p.text())
                    || FieldLabels.of(p.text()).isPresent()) {
                continue;
            }
            if (candidateTitle(p)) {
                double s = (prev == at - 1 ? 0.68 : 0.55) + (HeadLines.emphasised(p, bodySize) ? 0.15 : 0);
                titles.add(HeadLines.tidyTitle(p.text()), s, "the line before the number (line " + (prev + 1) + ")");
            }
            break;
        }
    }

    private boolean candidateTitle(LineEvidence l) {
        return HeadLines.titleLike(l) && !HeadLines.letterhead(l.text()) && SectionNames.stated(l.text()).isEmpty()
                && NumberEvidence.best(l.text()).isEmpty();
    }

    /** A text without a number: its title is the first heading-like line, if one opens it. */
    private void firstHeading(Candidates titles) {
        for (int k = 0; k < Math.min(lines.size(), 3); k++) {
            LineEvidence l = lines.get(k);
            if (candidateTitle(l) && (k + 1 >= lines.size() || lines.get(k + 1).paragraphStart()
                    || HeadLines.emphasised(l, bodySize))) {
                titles.add(HeadLines.tidyTitle(l.text()), 0.5 + (HeadLines.emphasised(l, bodySize) ? 0.1 : 0),
                        "the first heading (line " + (k + 1) + "), no number beside it");
                return;
            }
        }
    }

    /** Headings in the head that are not the number line: weak on their own, strong when they agree. */
    private void headings(Candidates titles, int numberLine) {
        for (int k = 0; k < Math.min(lines.size(), 8); k++) {
            LineEvidence l = lines.get(k);
            if (k != numberLine && (l.headingLevel() == 1 || (bodySize > 0 && l.fontSize() > bodySize + 2))
                    && candidateTitle(l)) {
                titles.add(HeadLines.tidyTitle(l.text()), 0.45, "the heading on line " + (k + 1));
            }
        }
    }

    private void pageTitleParts(Candidates titles, PolicyNumber number) {
        if (pageTitle.isBlank()) {
            return;
        }
        for (String part : pageTitle.split("\\s+[|»:–—-]+\\s+|\\s*[|»]\\s*")) {
            String t = part;
            Optional<NumberEvidence.Found> f = NumberEvidence.best(part);
            if (f.isPresent()) {
                t = f.get().after().isEmpty() ? f.get().before() : f.get().after();
            }
            if (HeadLines.titleLikeText(t) && !HeadLines.letterhead(t) && (number == null || f.isPresent()
                    || titles.has(t))) {
                titles.add(HeadLines.tidyTitle(t), 0.4, "the page title");
            }
        }
    }

    // ---- section -------------------------------------------------------------------------------------

    private FieldConfidence section(PolicyNumber number, int numberLine) {
        Candidates sections = new Candidates();
        int chapter = number == null ? 0 : number.chapter();
        LabelHit label = labels.get(FieldLabels.Field.SECTION);
        if (label != null) {
            Optional<SectionNames.Stated> s = SectionNames.stated(label.value());
            String name = s.map(SectionNames.Stated::name).orElse(Texts.collapseSpaces(label.value().trim()));
            int stated = s.map(SectionNames.Stated::chapter).orElse(0);
            if (!name.isEmpty() && (stated == 0 || chapter == 0 || stated == chapter)) {
                sections.add(name, 0.95, "labelled on line " + (label.line() + 1));
            }
        }
        for (String crumb : breadcrumb) {
            SectionNames.stated(crumb).filter(s -> matches(s, chapter)).ifPresent(s ->
                    sections.add(s.name(), 0.85, "the page's breadcrumb"));
        }
        int last = numberLine < 0 ? Math.min(lines.size(), 4) : Math.min(lines.size(), numberLine + 2);
        for (int k = 0; k < last; k++) {
            int line = k;
            SectionNames.stated(lines.get(k).text()).filter(s -> matches(s, chapter)).ifPresent(s ->
                    sections.add(s.name(), s.chapter() > 0 && chapter > 0 ? 0.9 : 0.8, "stated on line " + (line + 1)));
        }
        if (chapter > 0 && SectionNames.IASB.containsKey(chapter)) {
            sections.add(SectionNames.IASB.get(chapter), 0.7, "follows from the number " + number);
        }
        return sections.best("no section stated, and none follows from the number");
    }

    private static boolean matches(SectionNames.Stated s, int chapter) {
        if (s.name().isEmpty()) {
            return false;
        }
        int named = s.chapter() > 0 ? s.chapter() : SectionNames.knownName(s.name()).orElse(0);
        return chapter == 0 || named == 0 || named == chapter;
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(0.99, s));
    }

    /** Candidate values; the same value (ignoring case and punctuation) from several places reinforces. */
    private static final class Candidates {
        private final Map<String, String> shown = new LinkedHashMap<>();
        private final Map<String, Double> miss = new LinkedHashMap<>();
        private final Map<String, String> why = new LinkedHashMap<>();
        private final Map<String, Double> strongest = new LinkedHashMap<>();

        void add(String value, double score, String evidence) {
            if (value == null || value.isBlank()) {
                return;
            }
            String key = key(value);
            double s = clamp(score);
            miss.merge(key, 1 - s, (a, b) -> a * b);
            if (s > strongest.getOrDefault(key, -1.0)) {
                strongest.put(key, s);
                shown.put(key, value);
                why.put(key, evidence);
            } else {
                why.merge(key, evidence, (a, b) -> a.contains(b) ? a : a + "; " + b);
            }
        }

        boolean has(String value) {
            return miss.containsKey(key(value));
        }

        FieldConfidence best(String none) {
            String bestKey = null;
            for (String k : miss.keySet()) {
                if (bestKey == null || miss.get(k) < miss.get(bestKey)) {
                    bestKey = k;
                }
            }
            if (bestKey == null) {
                return FieldConfidence.none(none);
            }
            double score = 1 - miss.get(bestKey);
            for (String k : miss.keySet()) {
                if (!k.equals(bestKey) && 1 - miss.get(k) > score - 0.1) {
                    score *= 0.8;
                    break;
                }
            }
            return new FieldConfidence(shown.get(bestKey), clamp(score), why.get(bestKey));
        }

        private static String key(String value) {
            return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        }
    }
}
