package org.policydesk.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.DraftFinding.Severity;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PressComment;
import org.policydesk.model.PressMarker;

/**
 * The checks the draft editor shows beside the text: CROSS REFs to policies the store does not hold,
 * PRESSPlus markers and comments without each other, malformed numbers, and (as a hint) a local policy
 * number that does not end in 2, 4, 6 or 8.
 */
public final class DraftChecks {

    public List<DraftFinding> check(PolicyDocument doc, Predicate<org.policydesk.model.PolicyNumber> inStore) {
        List<DraftFinding> out = new ArrayList<>();
        if (doc.number() == null) {
            out.add(new DraftFinding(titleLine(doc), Severity.PROBLEM,
                    "No policy number found; the number line should read like \"5:125 Title\""));
        } else {
            int last = doc.number().number() % 10;
            if (doc.number().suffix().isEmpty() && last % 2 == 1 && last != 5) {
                out.add(new DraftFinding(titleLine(doc), Severity.HINT, doc.number()
                        + " looks like a local policy number: local numbers end in 2, 4, 6 or 8 (PRESS uses 0 and 5)"));
            }
        }
        for (CrossRef ref : doc.crossRefs()) {
            if (!inStore.test(ref.number())) {
                out.add(new DraftFinding(crossRefLine(doc, ref.number().toString()), Severity.PROBLEM,
                        "CROSS REF " + ref.number() + " names a policy that is not in the store"));
            }
        }
        for (ParseWarning w : doc.warnings()) {
            if (w.message().contains("as a CROSS REF entry")) {
                out.add(new DraftFinding(w.line(), Severity.PROBLEM, "Malformed policy number in CROSS REF: "
                        + w.message().replaceFirst("^could not read ", "").replaceFirst(" as a CROSS REF entry.*$", "")));
            }
        }
        for (PressMarker m : doc.markers()) {
            if (doc.comment(m.n()).isEmpty()) {
                out.add(new DraftFinding(m.line(), Severity.PROBLEM,
                        "Marker PRESSPlus" + m.n() + " has no PRESSPlus comment " + m.n()));
            }
        }
        for (PressComment c : doc.comments()) {
            if (doc.markers().stream().noneMatch(m -> m.n() == c.n())) {
                out.add(new DraftFinding(commentLine(doc, c.n()), Severity.PROBLEM,
                        "PRESSPlus comment " + c.n() + " has no PRESSPlus" + c.n() + " marker in the text"));
            }
        }
        out.sort(Comparator.comparingInt(DraftFinding::line));
        return out;
    }

    private static int titleLine(PolicyDocument doc) {
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.TITLE).mapToInt(Block::line).findFirst().orElse(0);
    }

    private static int crossRefLine(PolicyDocument doc, String number) {
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.CROSS_REF) {
                int at = b.raw().indexOf(number);
                if (at >= 0) {
                    return b.line() + (int) b.raw().substring(0, at).chars().filter(ch -> ch == '\n').count();
                }
            }
        }
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.CROSS_REF).mapToInt(Block::line)
                .findFirst().orElse(0);
    }

    private static int commentLine(PolicyDocument doc, int n) {
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.COMMENT && b.label().equals("PRESSPlus " + n + "."))
                .mapToInt(Block::line).findFirst().orElse(0);
    }
}
