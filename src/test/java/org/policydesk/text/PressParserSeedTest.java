package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.CrossRef;
import org.policydesk.model.HistoryKind;
import org.policydesk.model.LegalRef;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PressComment;
import org.policydesk.model.PressMarker;
import org.policydesk.model.Run;
import org.policydesk.model.RunStyle;

/** The real PRESS draft of 5:125 for Issue 117 is the reference input. */
class PressParserSeedTest {

    private static String seed;
    private static PolicyDocument doc;

    @BeforeAll
    static void parseSeed() {
        seed = Seeds.text(Seeds.SEED);
        doc = new PressParser().parse(seed);
    }

    @Test
    void writingTheParsedSeedGivesBackEveryByte() {
        assertThat(new PressWriter().write(doc)).isEqualTo(seed);
    }

    @Test
    void readsStatusSectionNumberAndTitle() {
        assertThat(doc.statusLabel()).isEqualTo("Draft Update");
        assertThat(doc.section()).isEqualTo("General Personnel");
        assertThat(doc.number()).isEqualTo(new PolicyNumber(5, 125, ""));
        assertThat(doc.title()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
    }

    @Test
    void findsTheFourHeadingsInOrder() {
        assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(Block::text)
                .containsExactly("Introduction", "Definitions", "Usage and Conduct", "Superintendent Responsibilities");
    }

    @Test
    void nestsTheLetteredItemsUnderTheirNumberedItem() {
        List<Block> items = doc.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList();
        assertThat(items).hasSize(22);
        assertThat(items).filteredOn(b -> b.level() == 1).extracting(Block::label).containsExactly("a.", "b.");
        Block direct = items.stream().filter(b -> b.text().startsWith("Direct Building Principals")).findFirst().orElseThrow();
        assertThat(direct.label()).isEqualTo("2.");
        assertThat(direct.level()).isZero();
    }

    @Test
    void joinsTheParagraphSplitByAPageBreakToTheItemBefore() {
        Block tail = doc.blocks().stream().filter(b -> b.text().startsWith("Educator Ethics")).findFirst().orElseThrow();
        assertThat(tail.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(tail.continuation()).isTrue();
        assertThat(tail.runs()).contains(Run.of(RunStyle.LINK, "23 Ill.Admin.Code §22.20"));
    }

    @Test
    void keepsBoldItalicAndLinkMarkupAsRuns() {
        Block adhere = doc.blocks().stream().filter(b -> b.text().startsWith("Adhere")).findFirst().orElseThrow();
        assertThat(adhere.runs()).contains(
                Run.of(RunStyle.BOLD, "Professional and Appropriate Conduct"),
                Run.of(RunStyle.ITALIC, "Employee Ethics; Code of Professional Conduct; and Conflict of Interest"),
                Run.of(RunStyle.ITALIC, "Workplace Harassment Prohibited"));
    }

    @Test
    void keepsEachPressPlusMarkerAtItsExactPosition() {
        assertThat(doc.markers()).extracting(PressMarker::n, PressMarker::line).containsExactly(tuple(1, 19), tuple(2, 25));
        for (PressMarker marker : doc.markers()) {
            assertThat(seed.substring(marker.offset())).startsWith("PRESSPlus" + marker.n());
        }
        Block socialNetworking = doc.blocks().stream().filter(b -> b.text().startsWith("Social networking")).findFirst().orElseThrow();
        assertThat(socialNetworking.runs()).containsSubsequence(
                Run.plain("Social networking sites (e.g., Facebook, LinkedIn, X (formerly Twitter), Threads, Instagram, Snapchat, Discord, "),
                Run.marker(1), Run.plain(" Tik Tok);"));
    }

    @Test
    void readsSevenLegalRefsWithLinkMarkupUnwrapped() {
        assertThat(doc.legalRefs()).extracting(LegalRef::text).containsExactly(
                "105 ILCS 5/21-23 and 5/21-23a.",
                "775 ILCS 5/5A-102, Ill. Human Rights Act.",
                "820 ILCS 55/10, Right to Privacy in the Workplace Act.",
                "23 Ill.Admin.Code §22.20, Code of Ethics for Ill. Educators.",
                "Garcetti v. Ceballos, 547 U.S. 410 (2006).",
                "Pickering v. High School Dist. 205, 391 U.S. 563 (1968).",
                "Mayer v. Monroe County Community School Corp., 474 F.3d 477 (7th Cir. 2007).");
    }

    @Test
    void readsTwelveCrossRefsWithoutSplittingTitlesAtTheirSemicolons() {
        assertThat(doc.crossRefs()).hasSize(12);
        assertThat(doc.crossRefs()).extracting(r -> r.number().toString()).containsExactly(
                "4:165", "5:20", "5:30", "5:100", "5:120", "5:130", "5:150", "5:170", "5:200", "6:235", "7:20", "7:340");
        assertThat(doc.crossRefs()).contains(
                new CrossRef(PolicyNumber.parse("5:120"), "Employee Ethics; Code of Professional Conduct; and Conflict of Interest"),
                new CrossRef(PolicyNumber.parse("4:165"), "Awareness and Prevention of Child Sexual Abuse and Grooming Behaviors"));
    }

    @Test
    void readsTheAdoptionDate() {
        assertThat(doc.history()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HistoryKind.ADOPTED);
            assertThat(h.date().toIso()).isEqualTo("2023-06-21");
        });
    }

    @Test
    void readsBothPressPlusCommentsOfIssue117() {
        assertThat(doc.comments()).containsExactly(
                new PressComment(1, "Updated for continuous improvement. Issue 117, October 2024", 117, YearMonth.of(2024, 10)),
                new PressComment(2, "Updated for continuous improvement. Issue 117, October 2024", 117, YearMonth.of(2024, 10)));
        assertThat(doc.pressIssue()).contains(117);
    }

    @Test
    void theSeedNeedsNoWarnings() {
        assertThat(doc.warnings()).isEmpty();
    }
}
