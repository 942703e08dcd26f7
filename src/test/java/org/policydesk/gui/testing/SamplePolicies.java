package org.policydesk.gui.testing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.LegalRef;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;
import org.policydesk.model.PressMarker;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/** Policy documents built by hand, shaped like parsed PRESS text, for view-model and view tests. */
public final class SamplePolicies {
    public static final String SOCIAL_MEDIA_TITLE = "Personal Technology and Social Media; Usage and Conduct";

    private SamplePolicies() {
    }

    /** 5:125 as a draft update: runs, a list, a continuation, two PRESSPlus markers and their comments. */
    public static PolicyDocument socialMediaDraft() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(block(BlockKind.STATUS, "Document Status: Draft Update"));
        blocks.add(block(BlockKind.SECTION, "General Personnel"));
        blocks.add(block(BlockKind.TITLE, "5:125 " + SOCIAL_MEDIA_TITLE));
        blocks.add(block(BlockKind.HEADING, "Definitions"));
        blocks.add(paragraph(false, Run.plain("Includes - Means “includes without limitation” or “includes, but is not limited to.”")));
        blocks.add(paragraph(false, Run.of(RunStyle.ITALIC, "Social media"),
                Run.plain(" - Media for social interaction, using highly accessible communication techniques through "
                        + "the use of web-based and mobile technologies to turn communication into interactive dialogue."),
                Run.marker(1)));
        blocks.add(paragraph(false, Run.of(RunStyle.ITALIC, "Personal technology"),
                Run.plain(" - Any device that is not owned or leased by the District or otherwise authorized for "
                        + "District use and: (1) transmits sounds, images, text, messages, videos, or electronic "
                        + "information, (2) electronically records, plays, or stores information, or (3) accesses "
                        + "the Internet, or private communication or information networks.")));
        blocks.add(block(BlockKind.HEADING, "Usage and Conduct"));
        blocks.add(paragraph(false, Run.plain("All District employees who use personal technology and social media shall:")));
        blocks.add(listItem("1.", 0, Run.plain("Adhere to the high standards for appropriate school relationships in policy "),
                Run.of(RunStyle.LINK, "5:120"), Run.plain(", "), Run.of(RunStyle.ITALIC,
                        "Employee Ethics; Conduct; and Conflict of Interest"),
                Run.plain(" at all times, regardless of the ever-changing social media and personal technology platforms "
                        + "available.")));
        blocks.add(listItem("2.", 0, Run.plain("Choose a District-provided or supported method whenever possible to "
                + "communicate with students and their parents/guardians."), Run.marker(2)));
        blocks.add(listItem("a.", 1, Run.plain("Not interfere with or disrupt the educational or working environment, "
                + "or the delivery of education or educational support services.")));
        blocks.add(listItem("b.", 1, Run.of(RunStyle.BOLD, "Not"),
                Run.plain(" disclose confidential information about students or staff.")));
        blocks.add(paragraph(false, Run.plain("The Superintendent shall: (1) inform District employees about this "
                + "policy during their in-service on educator ethics, teacher-student conduct, and school employee-"
                + "student conduct required by Board policy")));
        blocks.add(block(BlockKind.PAGE_FURNITURE, "5:125 Page 1 of 2"));
        blocks.add(paragraph(true, Run.plain("5:100, Staff Development Program; (2) direct building principals to "
                + "annually remind staff members of this policy; and (3) build awareness of this policy with "
                + "students, parents, and the community.")));
        blocks.add(block(BlockKind.LEGAL_REF_LABEL, "LEGAL REF.:"));
        blocks.add(block(BlockKind.CROSS_REF, "CROSS REF.:"));
        blocks.add(block(BlockKind.HISTORY, "Adopted: June 21, 2023"));
        blocks.add(block(BlockKind.COMMENTS_HEADING, "PRESSPlus Comments"));

        List<PressComment> comments = List.of(
                new PressComment(1, "Updated for continuous improvement. Issue 117, October 2024", 117,
                        YearMonth.of(2024, 10)),
                new PressComment(2, "Updated in response to P.A. 103-0500. Issue 116, June 2024", 116,
                        YearMonth.of(2024, 6)));
        return new PolicyDocument(source(blocks), "Draft Update", "General Personnel", PolicyNumber.parse("5:125"),
                SOCIAL_MEDIA_TITLE, blocks,
                List.of(new LegalRef("105 ILCS 5/21B-75 and 5/21B-80."),
                        new LegalRef("Ill. Human Rights Act, 775 ILCS 5/5A-102."),
                        new LegalRef("23 Ill.Admin.Code §22.20, Code of Ethics for Illinois Educators.")),
                List.of(new CrossRef(PolicyNumber.parse("5:120"), "Employee Ethics; Conduct; and Conflict of Interest"),
                        new CrossRef(PolicyNumber.parse("6:235"), "Access to Electronic Networks"),
                        new CrossRef(PolicyNumber.parse("7:340"), "Student Records")),
                List.of(new HistoryEntry(HistoryKind.ADOPTED, new PartialDate(2023, 6, 21)),
                        new HistoryEntry(HistoryKind.AMENDED, new PartialDate(2024, 10, null))),
                comments, List.of(new PressMarker(1, 0, 6), new PressMarker(2, 0, 11)), List.of());
    }

    /** The adopted 5:125 before the draft: shorter, no comments. */
    public static PolicyDocument socialMediaAdopted() {
        List<Block> blocks = List.of(
                block(BlockKind.HEADING, "Usage and Conduct"),
                paragraph(false, Run.plain("All District employees who use personal technology and social media "
                        + "shall adhere to the high standards for appropriate school relationships.")));
        return new PolicyDocument(source(blocks), null, "General Personnel", PolicyNumber.parse("5:125"),
                SOCIAL_MEDIA_TITLE, blocks, List.of(), List.of(),
                List.of(new HistoryEntry(HistoryKind.ADOPTED, new PartialDate(2023, 6, 21))),
                List.of(), List.of(), List.of());
    }

    /** A plain policy with one heading and two paragraphs. */
    public static PolicyDocument simple(String number, String title, String section, String body) {
        List<Block> blocks = List.of(
                block(BlockKind.HEADING, "Purpose"),
                paragraph(false, Run.plain(body)),
                paragraph(false, Run.plain("The Superintendent shall implement this policy and may develop "
                        + "administrative procedures for it.")));
        return new PolicyDocument(source(blocks), null, section, PolicyNumber.parse(number), title, blocks,
                List.of(new LegalRef("105 ILCS 5/10-20.5.")), List.of(),
                List.of(new HistoryEntry(HistoryKind.ADOPTED, new PartialDate(2019, 5, null))),
                List.of(), List.of(), List.of());
    }

    public static Instant day(String iso) {
        return Instant.parse(iso + "T15:00:00Z");
    }

    private static Block block(BlockKind kind, String text) {
        return new Block(kind, text + "\n", 0, text, List.of(Run.plain(text)), "", 0, false);
    }

    private static Block paragraph(boolean continuation, Run... runs) {
        String text = text(runs);
        return new Block(BlockKind.PARAGRAPH, text + "\n", 0, text, List.of(runs), "", 0, continuation);
    }

    private static Block listItem(String label, int level, Run... runs) {
        String text = text(runs);
        return new Block(BlockKind.LIST_ITEM, label + " " + text + "\n", 0, text, List.of(runs), label, level, false);
    }

    private static String text(Run... runs) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) {
            s.append(r.style() == RunStyle.MARKER ? "PRESSPlus" + r.marker() : r.text());
        }
        return s.toString();
    }

    private static String source(List<Block> blocks) {
        StringBuilder s = new StringBuilder();
        blocks.forEach(b -> s.append(b.raw()));
        return s.toString();
    }
}
