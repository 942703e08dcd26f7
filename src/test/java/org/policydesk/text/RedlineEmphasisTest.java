package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RedlineRun;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.RedlineSegment.Change;
import org.policydesk.model.RunStyle;

class RedlineEmphasisTest {

    private final PressParser parser = new PressParser();

    private static final String HEAD = "Document Status: Draft Update\n\nSchool Board\n\n2:110 Qualifications\n\n";

    @Test
    void sharedAndInsertedWordsKeepTheNewerEmphasisAndDeletedWordsTheOlder() {
        PolicyDocument older = parser.parse(HEAD
                + "The **Board** shall *review* this policy every year under *former rules*.\n");
        PolicyDocument newer = parser.parse(HEAD
                + "The **Board** shall *review* this policy every **two** years.\n");
        List<RedlineRun> runs = runs(older, newer);

        assertThat(runs).contains(
                new RedlineRun(Change.SAME, "Board", RunStyle.BOLD),
                new RedlineRun(Change.SAME, "review", RunStyle.ITALIC),
                new RedlineRun(Change.INSERTED, "two", RunStyle.BOLD),
                new RedlineRun(Change.DELETED, "former rules", RunStyle.ITALIC));
        assertThat(runs).filteredOn(r -> r.text().contains("shall")).extracting(RedlineRun::style)
                .containsOnly(RunStyle.PLAIN);
    }

    @Test
    void runsRebuildTheSegmentsInOrder() {
        PolicyDocument older = parser.parse(HEAD + "A *first* and **second** word.\n\n1. An *item*.\n");
        PolicyDocument newer = parser.parse(HEAD + "A first and ***second*** word added.\n\n1. An *item*.\n2. New **one**.\n");
        List<RedlineSegment> segments = new Redline().compare(older, newer);
        List<RedlineRun> runs = RedlineEmphasis.runs(older, newer, segments);

        for (Change change : Change.values()) {
            assertThat(runs.stream().filter(r -> r.change() == change).map(RedlineRun::text).collect(Collectors.joining()))
                    .isEqualTo(segments.stream().filter(s -> s.change() == change).map(RedlineSegment::text)
                            .collect(Collectors.joining()));
        }
        // A change of emphasis alone is no word change; the word shows as the newer text has it.
        assertThat(runs).filteredOn(r -> r.text().contains("first")).singleElement()
                .isEqualTo(new RedlineRun(Change.SAME, "Document Status: Draft Update\nSchool Board\n2:110 Qualifications\n"
                        + "A first and ", RunStyle.PLAIN));
        assertThat(runs).contains(new RedlineRun(Change.SAME, "second", RunStyle.BOLD_ITALIC),
                new RedlineRun(Change.INSERTED, "one", RunStyle.BOLD),
                new RedlineRun(Change.SAME, "item", RunStyle.ITALIC));
    }

    @Test
    void segmentsThatDoNotFitTheTextsAreSetPlainRatherThanWrongly() {
        PolicyDocument older = parser.parse(HEAD + "The **Board** shall act.\n");
        PolicyDocument newer = parser.parse(HEAD + "The **Board** shall act now.\n");
        List<RedlineSegment> foreign = List.of(new RedlineSegment(Change.SAME, "Something else entirely"),
                new RedlineSegment(Change.INSERTED, "Board"));
        assertThat(RedlineEmphasis.runs(older, newer, foreign)).extracting(RedlineRun::style)
                .containsOnly(RunStyle.PLAIN);
    }

    private static List<RedlineRun> runs(PolicyDocument older, PolicyDocument newer) {
        return RedlineEmphasis.runs(older, newer, new Redline().compare(older, newer));
    }
}
