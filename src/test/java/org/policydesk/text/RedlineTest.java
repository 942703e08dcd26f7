package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.RedlineSegment.Change;

class RedlineTest {

    private final Redline redline = new Redline();
    private final PressParser parser = new PressParser();

    @Test
    void issue117DraftAgainstTheAdoptedTextShowsExactlyTheTwoInsertions() {
        String draft = Seeds.text(Seeds.SEED);
        String adopted = draft.replace(" PRESSPlus1 Tik Tok", "").replace("smartwatches, PRESSPlus2 and", "smartwatches, and");
        List<RedlineSegment> segments = redline.compare(parser.parse(adopted), parser.parse(draft));
        assertThat(segments).filteredOn(s -> s.change() != Change.SAME).extracting(RedlineSegment::text)
                .containsExactly(" PRESSPlus1 Tik Tok", "PRESSPlus2 ");
    }

    @Test
    void segmentsRebuildBothVersions() {
        String older = "The Board shall review this policy every year.\n1. Inform staff.";
        String newer = "The Board shall review this policy every two years.\n1. Inform all staff.\n2. Train.";
        List<RedlineSegment> segments = redline.compare(older, newer);
        assertThat(join(segments, Change.DELETED)).isEqualTo(newer);
        assertThat(join(segments, Change.INSERTED)).isEqualTo(older);
        assertThat(segments).contains(new RedlineSegment(Change.DELETED, "year"),
                new RedlineSegment(Change.INSERTED, "two years"));
    }

    @Test
    void manyChangedLinesAreComparedWordByWordAndStillRebuildBothVersions() {
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            older.append(i).append(". The District shall review item ").append(i).append(" every year.\n");
            newer.append(i).append(". The District shall review item ").append(i)
                    .append(i % 3 == 0 ? " every two years.\n" : " every year.\n");
        }
        newer.append("41. A new line.\n");
        List<RedlineSegment> segments = redline.compare(older.toString(), newer.toString());
        assertThat(join(segments, Change.DELETED)).isEqualTo(newer.toString());
        assertThat(join(segments, Change.INSERTED)).isEqualTo(older.toString());
        assertThat(segments).filteredOn(s -> s.change() == Change.INSERTED).extracting(RedlineSegment::text)
                .contains("two years", "41. A new line.\n");
    }

    @Test
    void readingTextDropsMarkupAndCommentsButKeepsLabelsAndMarkers() {
        PolicyDocument doc = parser.parse(Seeds.text(Seeds.SEED));
        String reading = Redline.readingText(doc);
        assertThat(reading).contains("5:125 Personal Technology and Social Media; Usage and Conduct\n")
                .contains("\n1. Adhere to the high standards for Professional and Appropriate Conduct required by")
                .contains("Discord, PRESSPlus1 Tik Tok);")
                .contains("\na. Inform their building staff")
                .doesNotContain("**").doesNotContain("](#)").doesNotContain("Updated for continuous improvement");
    }

    @Test
    void readingStylesGiveEachCharacterItsRunsStyle() {
        PolicyDocument doc = parser.parse("\n\nDocument Status: Draft Update\n\nGeneral Personnel\n\n5:997 Emphasis\n\n"
                + "Purpose\n\nStaff must **always** report *at once* PRESSPlus1 to the office.\n");
        String reading = Redline.readingText(doc);
        org.policydesk.model.RunStyle[] styles = Redline.readingStyles(doc);
        assertThat(styles).hasSize(reading.length());
        int always = reading.indexOf("always");
        assertThat(styles[always]).isEqualTo(org.policydesk.model.RunStyle.BOLD);
        assertThat(styles[always + 5]).isEqualTo(org.policydesk.model.RunStyle.BOLD);
        assertThat(styles[always + 6]).isEqualTo(org.policydesk.model.RunStyle.PLAIN);
        assertThat(styles[reading.indexOf("at once") + 3]).isEqualTo(org.policydesk.model.RunStyle.ITALIC);
        assertThat(styles[reading.indexOf("PRESSPlus1") + 9]).isEqualTo(org.policydesk.model.RunStyle.MARKER);
        assertThat(styles[reading.indexOf("office")]).isEqualTo(org.policydesk.model.RunStyle.PLAIN);
    }

    /** The text of one side: every segment but those of the other side. */
    private static String join(List<RedlineSegment> segments, Change excluded) {
        StringBuilder sb = new StringBuilder();
        segments.stream().filter(s -> s.change() != excluded).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
