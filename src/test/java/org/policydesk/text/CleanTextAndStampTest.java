package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.policydesk.model.HistoryKind;
import org.policydesk.model.PolicyDocument;

class CleanTextAndStampTest {

    private final PressParser parser = new PressParser();

    @Test
    void cleanTextDropsMarkersCommentsAndStatusButKeepsEverythingElse() {
        String seed = Seeds.text(Seeds.SEED);
        String clean = new CleanText().clean(parser.parse(seed));
        assertThat(clean).doesNotContain("PRESSPlus").doesNotContain("Document Status")
                .contains("Snapchat, Discord, Tik Tok);")
                .contains("smartwatches, and other devices.")
                .endsWith("Adopted: June 21, 2023\n");
        PolicyDocument reparsed = parser.parse(clean);
        assertThat(reparsed.number()).hasToString("5:125");
        assertThat(reparsed.crossRefs()).hasSize(12);
        assertThat(reparsed.comments()).isEmpty();
        assertThat(reparsed.warnings()).isEmpty();
    }

    @Test
    void stampingAnAdoptedPolicyAppendsTheAmendmentToItsHistoryLine() {
        String seed = Seeds.text(Seeds.SEED);
        String stamped = new HistoryStamp().stamp(parser.parse(seed), LocalDate.of(2026, 12, 15));
        assertThat(stamped).contains("\nAdopted: June 21, 2023; Amended: December 15, 2026\n");
        assertThat(stamped.length()).isEqualTo(seed.length() + "; Amended: December 15, 2026".length());
        PolicyDocument doc = parser.parse(stamped);
        assertThat(doc.history()).extracting(h -> h.kind(), h -> h.date().toIso()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HistoryKind.ADOPTED, "2023-06-21"),
                org.assertj.core.groups.Tuple.tuple(HistoryKind.AMENDED, "2026-12-15"));
    }

    @Test
    void stampingANewPolicyAddsAnAdoptedLineBeforeTheComments() {
        String text = "5:10 New Policy\n\nBody PRESSPlus1 text.\n\nPRESSPlus Comments\n\nPRESSPlus 1. New. Issue 118, April 2025\n";
        String stamped = new HistoryStamp().stamp(parser.parse(text), LocalDate.of(2026, 1, 5));
        assertThat(stamped).isEqualTo("5:10 New Policy\n\nBody PRESSPlus1 text.\n\nAdopted: January 5, 2026\n\n"
                + "PRESSPlus Comments\n\nPRESSPlus 1. New. Issue 118, April 2025\n");
    }

    @Test
    void stampingKeepsWindowsLineEndings() {
        String text = "5:10 New Policy\r\n\r\nBody.";
        String stamped = new HistoryStamp().stamp(parser.parse(text), LocalDate.of(2026, 1, 5));
        assertThat(stamped).isEqualTo("5:10 New Policy\r\n\r\nBody.\r\n\r\nAdopted: January 5, 2026\r\n");
    }
}
