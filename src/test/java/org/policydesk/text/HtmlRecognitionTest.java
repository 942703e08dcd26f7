package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.testing.FieldsScore;
import org.policydesk.testing.HtmlCorpus;
import org.policydesk.testing.LayoutCorpus;

class HtmlRecognitionTest {

    private final PolicyRecogniser recogniser = new PolicyRecogniser();

    @Test
    void pagesFromEverySiteBuilderGetTheirFieldsRight() throws Exception {
        FieldsScore score = new FieldsScore();
        for (LayoutCorpus.Sample s : HtmlCorpus.pages()) {
            ReadDocument read = new HtmlPolicyReader().read(s.fileName(), s.bytes());
            List<RecognisedPolicy> got = recogniser.recognise(read);
            assertThat(got).as(s.fileName()).hasSize(1);
            String text = got.get(0).document().sourceText().replace('\u2019', '\'');
            assertThat(text).as(s.fileName() + " keeps the body").contains(s.expected().paragraphs().get(1));
            assertThat(text).as(s.fileName() + " leaves the chrome out")
                    .doesNotContain("Return to Headlines", "Leave a Reply", "Recent Posts", "Sign In", "Section 3",
                            "Proudly powered", "Copyright", "Skip to content");
            score.score(s.fileName(), got.get(0).document(), s.expected());
        }
        System.out.println("HTML pages: " + score);
        score.misses().forEach(System.out::println);
        assertThat(score.percent()).as(String.join("\n", score.misses())).isGreaterThanOrEqualTo(95.0);
    }
}
