package org.policydesk.service.acknowledgment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.PolicyTextParser;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.PolicyRepository;
import org.policydesk.text.CleanText;

/**
 * What is acknowledged: a policy's current adopted version, the statement printed for it by default, and its
 * text as paragraphs to read (on a form and in the kiosk).
 */
final class AdoptedText {

    static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    /** "[23 Ill.Admin.Code §22.20](#)" as the text prints: just the words. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\([^)\\n]*\\)");
    /** "*Workplace Harassment Prohibited*": the markup of a title, not words to read. */
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])\\*{1,2}([^*\\n]+?)\\*{1,2}(?![\\w*])");
    /** A line starting a numbered or lettered item ("3. Not interfere…") starts a paragraph of its own. */


    private final PolicyRepository policies;
    private final LibraryRepository library;
    private final PolicyTextParser parser;

    AdoptedText(PolicyRepository policies, LibraryRepository library, PolicyTextParser parser) {
        this.policies = policies;
        this.library = library;
        this.parser = parser;
    }

    record Current(PolicySummary policy, PolicyVersion version, LocalDate adoptedOn) {
    }

    Current current(PolicyNumber number) throws AckException {
        long policyId = policies.findPolicyId(number)
                .orElseThrow(() -> new AckException("There is no policy " + number + " in the store."));
        PolicySummary summary = policies.summary(policyId).orElseThrow();
        PolicyVersion adopted = null;
        for (PolicyVersion v : policies.versions(policyId)) {
            if (v.status() == VersionStatus.ADOPTED) {
                adopted = v;
            }
        }
        if (adopted == null) {
            throw new AckException("Policy " + number + " has no adopted version yet, so there is nothing to acknowledge.");
        }
        return new Current(summary, adopted, library.adoption(adopted.id()).voteDate());
    }

    static String defaultStatement(Current c) {
        String title = c.policy().title().isBlank() ? "" : ", " + c.policy().title() + ",";
        String adopted = c.adoptedOn() == null ? " (version " + c.version().seq() + ")"
                : " adopted " + PRINTED_DATE.format(c.adoptedOn());
        return "I acknowledge that I have received, read and understand Board policy " + c.policy().number() + title
                + adopted + ", and that I agree to abide by it. I understand that violations may result in discipline "
                + "up to and including dismissal.";
    }

    /**
     * The clean text as paragraphs to read: one per block of the parsed text, so each numbered item is its own
     * paragraph, and a paragraph cut by a page break in the source ("…the Ill. Code of" / "Educator Ethics…")
     * is read as one.
     */
    List<String> paragraphs(String source) {
        String clean = new CleanText().clean(parser.parse(source));
        List<String> out = new ArrayList<>();
        for (Block block : parser.parse(clean).blocks()) {
            if (block.kind() == BlockKind.BLANK || block.kind() == BlockKind.PAGE_FURNITURE) {
                continue;
            }
            String text = block.raw().replaceAll("\\s*\\R\\s*", " ").strip();
            if (block.continuation() && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + tidy(text));
            } else {
                addParagraph(out, text);
            }
        }
        return out;
    }

    private static String tidy(String text) {
        return EMPHASIS.matcher(LINK.matcher(text.strip()).replaceAll("$1")).replaceAll("$1");
    }

    private static void addParagraph(List<String> out, String text) {
        String t = tidy(text);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
