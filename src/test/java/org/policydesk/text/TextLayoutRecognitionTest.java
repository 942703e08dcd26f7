package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.SourceFormat;
import org.policydesk.testing.FieldsScore;
import org.policydesk.testing.LayoutCorpus;

class TextLayoutRecognitionTest {

    private final PolicyRecogniser recogniser = new PolicyRecogniser();

    @Test
    void textsInEveryLayoutGetTheirFieldsRight() {
        FieldsScore score = new FieldsScore();
        for (LayoutCorpus.Sample s : LayoutCorpus.texts()) {
            String text = new String(s.bytes(), StandardCharsets.UTF_8);
            List<RecognisedPolicy> got = recogniser.recognise(PlainTextLines.read(s.fileName(), SourceFormat.TEXT, text));
            assertThat(got).as(s.fileName()).hasSize(1);
            assertThat(got.get(0).document().sourceText()).as("kept verbatim").isEqualTo(text);
            score.score(s.fileName(), got.get(0).document(), s.expected());
        }
        System.out.println("Text layouts: " + score);
        score.misses().forEach(System.out::println);
        assertThat(score.percent()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(95.0);
    }
}
