package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.SourceFormat;

class PolicyRecogniserTest {

    private final PolicyRecogniser recogniser = new PolicyRecogniser();

    private RecognisedPolicy recognise(String text) {
        List<RecognisedPolicy> got = recogniser.recognise(PlainTextLines.read("t.txt", SourceFormat.TEXT, text));
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    @Test
    void thePressSeedKeepsItsExactTextAndItsNumberTitleAndSection() {
        byte[] bytes = Seeds.bytes(Seeds.SEED);
        String text = new String(bytes, StandardCharsets.UTF_8);
        RecognisedPolicy p = recognise(text);
        assertThat(p.document().sourceText().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(p.document().number()).hasToString("5:125");
        assertThat(p.document().title()).isEqualTo("Personal Technology and Social Media; Usage and Conduct");
        assertThat(p.document().section()).isEqualTo("General Personnel");
        assertThat(p.needsReview()).isFalse();
        assertThat(p.document().blocks()).isEqualTo(new PressParser().parse(text).blocks());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            number after a label, upper-case title under it | POLICY 5:260\\nSTUDENT TEACHERS\\n\\nThe Superintendent may enter into agreements with colleges.\\n | 5:260 | STUDENT TEACHERS | Personnel
            letterhead, manual and section above a title set above the number | Springfield Public Schools District 186\\nBoard Policy Manual\\nSection 5 - Personnel\\n\\nStudent Teachers\\n\\nPolicy 5:260\\n\\nThe Superintendent may enter into agreements.\\n | 5:260 | Student Teachers | Personnel
            title then number after a dash | Student Teachers - 5:260\\n\\nThe Superintendent may enter into agreements.\\n | 5:260 | Student Teachers | Personnel
            labels with a dotted number | Board Policy: 5.260\\nTitle: Student Teachers\\n\\nThe Superintendent may enter into agreements.\\n | 5:260 | Student Teachers | Personnel
            breadcrumb line and Return to Headlines above the heading | Home > Policies > Section 5 - Personnel > 5:260 Student Teachers\\n\\nReturn to Headlines\\n\\n5:260 Student Teachers\\n\\nThe Superintendent may enter into agreements.\\n | 5:260 | Student Teachers | Personnel
            the number alone, the title on the next line | 2:010\\nSchool District Governance\\n\\nThe District is governed by a Board of Education consisting of 7 members.\\n | 2:10 | School District Governance | School Board
            the whole policy on one line | 5:260 Student Teachers The Superintendent may enter into agreements with colleges and universities to provide student teaching experiences in the District. Student teachers shall be supervised by a cooperating teacher who holds a valid license. LEGAL REF.: 105 ILCS 5/10-22.34. CROSS REF.: 5:30 (Hiring Process and Criteria) Adopted: June 21, 2023\\n | 5:260 | Student Teachers | Personnel
            """)
    void recognisesTheHeadInEachLayout(String layout, String text, String number, String title, String section) {
        RecognisedPolicy p = recognise(text.replace("\\n", "\n"));
        assertThat(p.document().number()).as(layout).hasToString(number);
        assertThat(p.document().title()).as(layout).isEqualTo(title);
        assertThat(p.document().section()).as(layout).isEqualTo(section);
    }

    @Test
    void aTextWithoutANumberIsMarkedForReviewWithAWarningSayingSo() {
        RecognisedPolicy p = recognise("Memo to all principals\n\nPlease remind staff of the dress code.\n");
        assertThat(p.document().number()).isNull();
        assertThat(p.needsReview()).isTrue();
        assertThat(p.document().warnings()).anyMatch(w -> w.message().startsWith("no number recognised"));
    }

    @Test
    void historyInOtherWordingsIsRead() {
        RecognisedPolicy p = recognise("5:260 Student Teachers\n\nText of the policy.\n\nDate Adopted: 06/21/2023\n"
                + "Last Reviewed: August 2024\nBoard Approved Revision: 2/12/24\nHistory: Amended 2025\n");
        assertThat(p.document().history()).extracting(h -> h.kind() + " " + h.date())
                .containsExactly("ADOPTED 2023-06-21", "REVIEWED 2024-08", "REVISED 2024-02-12", "AMENDED 2025");
    }

    @Test
    void aSentenceThatStartsWithAHistoryWordIsNotHistory() {
        RecognisedPolicy p = recognise("5:260 Student Teachers\n\nReview of placements happens each year, and the"
                + " Superintendent reports on them to the Board by June 2024 at a regular meeting.\n");
        assertThat(p.document().history()).isEmpty();
    }
}
