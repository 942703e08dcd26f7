package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;

import org.policydesk.model.FieldConfidence;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.SourceSpan;

/**
 * Turns what a reader saw into policies: a manual is cut into its policies ({@link PolicySplitter}), a
 * flattened policy is cut back into parts ({@link FlatLines}), and each policy's number, title and section are
 * weighed from the evidence ({@link HeadFields}). The PRESS parser still reads the body, references and
 * history. A text file's text is stored exactly as it came; a PDF's or web page's is the text the reader saw,
 * without furniture, in the plain layout the parser reads.
 */
public final class PolicyRecogniser {

    private final PressParser parser = new PressParser();

    public List<RecognisedPolicy> recognise(ReadDocument doc) {
        boolean verbatim = doc.verbatimText() != null;
        List<List<LineEvidence>> parts = verbatim ? List.of(doc.lines())
                : PolicySplitter.split(doc.lines(), doc.bodyFontSize());
        List<RecognisedPolicy> policies = new ArrayList<>();
        for (List<LineEvidence> part : parts) {
            policies.add(one(doc, part, parts.size() == 1));
        }
        return policies;
    }

    private RecognisedPolicy one(ReadDocument doc, List<LineEvidence> part, boolean whole) {
        List<LineEvidence> lines = FlatLines.unflatten(part);
        HeadFields.Result head = HeadFields.recognise(lines, whole ? doc.breadcrumb() : List.of(),
                whole ? doc.pageTitle() : "", doc.bodyFontSize());
        String rendered = EvidenceText.render(lines);
        String stored = doc.verbatimText() != null ? doc.verbatimText() : rendered;
        PolicyDocument parsed = parser.parse(stored);
        PolicyDocument analysed = stored.equals(rendered) || lines.size() == part.size() ? parsed : parser.parse(rendered);
        PolicyNumber number = head.policyNumber();
        String title = head.title().found() ? head.title().value() : "";
        String section = head.section().found() ? head.section().value() : null;
        List<HistoryEntry> history = analysed.history().isEmpty() ? parsed.history() : analysed.history();
        PolicyDocument document = new PolicyDocument(stored, parsed.statusLabel(), section, number, title,
                parsed.blocks(), analysed.legalRefs(), analysed.crossRefs(), history, parsed.comments(),
                parsed.markers(), warnings(parsed, head));
        return new RecognisedPolicy(document, head.number(), head.title(), head.section(), span(doc, part));
    }

    /** The parser's warnings about the body, and the recogniser's about the head instead of the parser's. */
    private static List<ParseWarning> warnings(PolicyDocument parsed, HeadFields.Result head) {
        List<ParseWarning> warnings = new ArrayList<>();
        addDoubt(warnings, "number", head.number());
        addDoubt(warnings, "title", head.title());
        addDoubt(warnings, "section", head.section());
        for (ParseWarning w : parsed.warnings()) {
            boolean aboutHead = w.line() == 0 && (w.message().startsWith("no policy number found")
                    || w.message().startsWith("no title found"));
            if (!aboutHead) {
                warnings.add(w);
            }
        }
        return warnings;
    }

    private static void addDoubt(List<ParseWarning> warnings, String field, FieldConfidence f) {
        if (!f.found()) {
            warnings.add(new ParseWarning(0, "no " + field + " recognised (" + f.evidence() + ")"));
        } else if (f.doubtful()) {
            warnings.add(new ParseWarning(0, String.format("%s \"%s\" is uncertain (%.0f%%: %s)", field, f.value(),
                    f.score() * 100, f.evidence())));
        }
    }

    private static SourceSpan span(ReadDocument doc, List<LineEvidence> part) {
        int first = part.stream().mapToInt(LineEvidence::page).filter(p -> p > 0).min().orElse(0);
        int last = part.stream().mapToInt(LineEvidence::page).max().orElse(0);
        return first > 0 ? new SourceSpan(doc.fileName(), doc.format(), first, last)
                : SourceSpan.whole(doc.fileName(), doc.format());
    }
}
