package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.LegalRef;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDocument;

/** Layouts other than PRESS's own: web copies, PDF copies, Markdown, numbers on their own line, memos. */
class PressParserLayoutsTest {

    private final PressParser parser = new PressParser();

    private PolicyDocument parse(String resource) {
        return parser.parse(Seeds.text("/variants/" + resource));
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-copy-5-130.txt", "number-alone-2-010.txt", "no-number-memo.txt",
            "marker-mismatch-7-190.txt", "markdown-6-235.txt"})
    void everyLayoutRoundTripsExactly(String resource) {
        String text = Seeds.text("/variants/" + resource);
        assertThat(new PressWriter().write(parser.parse(text))).isEqualTo(text);
    }

    @Test
    void webCopyWithCrLfDotNumberAndPageJunkKeepsItsStructure() {
        PolicyDocument doc = parse("web-copy-5-130.txt");
        assertThat(doc.number()).hasToString("5:130");
        assertThat(doc.title()).isEqualTo("Responsibilities Concerning Internal Information");
        assertThat(doc.section()).isEqualTo("General Personnel");
        assertThat(doc.legalRefs()).extracting(LegalRef::text).containsExactly(
                "105 ILCS 10/, Ill. School Student Records Act.", "5 ILCS 140/7, Freedom of Information Act.");
        assertThat(doc.crossRefs()).extracting(r -> r.number().toString(), CrossRef::title)
                .containsExactly(tuple("5:150", "Personnel Records"), tuple("7:340", "Student Records"));
        assertThat(doc.history()).extracting(h -> h.kind().key(), h -> h.date().toIso())
                .containsExactly(tuple("adopted", "2015-05-12"), tuple("revised", "2021-10-18"));
    }

    @Test
    void webCopyFlagsEveryJunkLineAndTheUnreadableCrossRefByLine() {
        PolicyDocument doc = parse("web-copy-5-130.txt");
        assertThat(doc.warnings()).extracting(ParseWarning::line).containsExactly(1, 2, 13, 14, 25, 29);
        assertThat(doc.warnings()).filteredOn(w -> w.line() == 25).singleElement()
                .extracting(ParseWarning::message).asString().contains("Board minutes");
        assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.PAGE_FURNITURE).extracting(Block::text)
                .containsExactly("Springfield School District 186", "Board Policy Manual", "Page 1 of 2",
                        "10/3/24, 2:15 PM", "Page 2 of 2");
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraphAndBulletsNestByIndent() {
        PolicyDocument doc = parse("web-copy-5-130.txt");
        Block paragraph = doc.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).findFirst().orElseThrow();
        assertThat(paragraph.text()).isEqualTo("The School District shall, in accordance with State and federal law, keep "
                + "internal information confidential. Employees shall not disclose student records except as the law allows.");
        assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                .extracting(Block::label, Block::level, Block::text)
                .containsExactly(tuple("•", 0, "Student records"), tuple("•", 0, "Personnel records"),
                        tuple("◦", 1, "evaluations"), tuple("◦", 1, "payroll data"), tuple("•", 0, "Security plans"));
    }

    @Test
    void numberOnItsOwnLineTakesTheTitleFromTheNextLine() {
        PolicyDocument doc = parse("number-alone-2-010.txt");
        assertThat(doc.number()).hasToString("2:10");
        assertThat(doc.title()).isEqualTo("School District Governance");
        assertThat(doc.crossRefs()).extracting(r -> r.number().toString(), CrossRef::title)
                .containsExactly(tuple("2:20", null), tuple("2:30", null));
        assertThat(doc.history()).extracting(HistoryEntry::date).extracting(d -> d.toIso())
                .containsExactly("2019-06", "2022");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void aTextWithoutANumberIsKeptWithAWarning() {
        PolicyDocument doc = parse("no-number-memo.txt");
        assertThat(doc.number()).isNull();
        assertThat(doc.warnings()).extracting(ParseWarning::message).anyMatch(m -> m.contains("no policy number"));
        assertThat(doc.blocks()).extracting(Block::text).contains("See you at the meeting.");
    }

    @Test
    void aMarkerWithoutCommentAndACommentWithoutMarkerAreBothNamedByLine() {
        PolicyDocument doc = parse("marker-mismatch-7-190.txt");
        assertThat(doc.warnings()).extracting(ParseWarning::toString).containsExactly(
                "line 7: marker PRESSPlus3 has no PRESSPlus comment 3",
                "line 12: PRESSPlus comment 4 has no PRESSPlus4 marker in the text");
        assertThat(doc.comments()).singleElement().satisfies(c -> {
            assertThat(c.issue()).isEqualTo(118);
            assertThat(c.issued()).hasToString("2025-04");
        });
    }

    @Test
    void markdownHeadingsLabelsOnTheSameLineAndOtherDateFormats() {
        PolicyDocument doc = parse("markdown-6-235.txt");
        assertThat(doc.number()).hasToString("6:235");
        assertThat(doc.title()).isEqualTo("Access to Electronic Networks");
        assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(Block::text)
                .containsExactly("Definitions");
        assertThat(doc.legalRefs()).extracting(LegalRef::text)
                .containsExactly("47 U.S.C. § 254(h) and (l), Children's Internet Protection Act.");
        assertThat(doc.crossRefs()).extracting(CrossRef::title).containsExactly("Staff Development Program",
                "Personal Technology and Social Media; Usage and Conduct", "Restrictions on Publications; Elementary Schools");
        assertThat(doc.history()).extracting(h -> h.date().toIso()).containsExactly("2019-06-21", "2024-01-17");
    }

    @Test
    void emptyAndBlankTextsParseToNothingButKeepTheirBytes() {
        for (String text : List.of("", "\n", "\r\n\r\n", "   \t")) {
            PolicyDocument doc = parser.parse(text);
            assertThat(new PressWriter().write(doc)).isEqualTo(text);
            assertThat(doc.number()).isNull();
        }
    }

    @Test
    void aByteOrderMarkStaysInTheTextButNotInTheTitle() {
        String text = "\uFEFF5:125 Personal Technology\r\n\r\nBody text.\r\n";
        PolicyDocument doc = parser.parse(text);
        assertThat(doc.number()).hasToString("5:125");
        assertThat(doc.title()).isEqualTo("Personal Technology");
        assertThat(new PressWriter().write(doc)).isEqualTo(text);
    }

    @Test
    void wrappedLegalReferenceContinuesOnTheNextLine() {
        String text = "5:10 Title\n\nLEGAL REF.:\n\n105 ILCS 5/10-20.5, and\nsee also 5/10-21.\n";
        PolicyDocument doc = parser.parse(text);
        assertThat(doc.legalRefs()).extracting(LegalRef::text).containsExactly("105 ILCS 5/10-20.5, and see also 5/10-21.");
    }

    @Test
    void multiLineCommentsAreJoined() {
        String text = "5:10 Title\n\nText PRESSPlus1 here.\n\nPRESSPlus Comments\n\nPRESSPlus 1. Updated to reflect\nnew law. Issue 119, April 2025\n";
        PolicyDocument doc = parser.parse(text);
        assertThat(doc.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Updated to reflect new law. Issue 119, April 2025");
            assertThat(c.issue()).isEqualTo(119);
        });
        assertThat(doc.warnings()).isEmpty();
    }
}
