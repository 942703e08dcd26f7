package org.policydesk.pdf.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.testing.PolicyPdfWriter;
import org.policydesk.text.PolicyRecogniser;

/**
 * Any policy text, printed to a PDF with a random running header and footer and random page breaks, comes back
 * with the same words in the same order: nothing of the body lost, no furniture in it.
 */
class PdfBodyWordsProperties {

    private static final List<String> FOOTERS = List.of("Page %d of %d", "%d", "- %d -",
            "Printed on 10/02/2025 Page %d of %d", "Board Policy Manual %d/%d");

    record Printed(List<PolicyPdfWriter.Block> blocks, String header, String footer, long seed, double breaks) {
    }

    @Property(tries = 60)
    void printedPolicyImportsBackWithTheSameBodyWordsInTheSameOrder(@ForAll("printed") Printed printed)
            throws Exception {
        byte[] pdf = new PolicyPdfWriter().header(printed.header()).footer(printed.footer())
                .randomBreaks(new Random(printed.seed()), printed.breaks()).write(printed.blocks());
        List<RecognisedPolicy> policies = new PolicyRecogniser().recognise(new PdfPolicyReader().read("p.pdf", pdf));
        List<String> got = new ArrayList<>();
        for (RecognisedPolicy p : policies) {
            got.addAll(words(p.document().sourceText()));
        }
        List<String> expected = new ArrayList<>();
        for (PolicyPdfWriter.Block b : printed.blocks()) {
            if (b.label() != null) {
                expected.add(b.label());
            }
            expected.addAll(words(b.text()));
        }
        assertThat(got).isEqualTo(expected);
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }

    @Provide
    Arbitrary<Printed> printed() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(11);
        Arbitrary<String> sentence = word.list().ofMinSize(3).ofMaxSize(25)
                .map(ws -> Character.toUpperCase(ws.get(0).charAt(0)) + String.join(" ", ws).substring(1) + ".");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join(" ", s));
        Arbitrary<PolicyPdfWriter.Block> block = Arbitraries.oneOf(
                paragraph.map(PolicyPdfWriter.Block::paragraph),
                sentence.map(s -> PolicyPdfWriter.Block.item("1.", s)),
                sentence.map(s -> PolicyPdfWriter.Block.item("•", s)));
        Arbitrary<List<PolicyPdfWriter.Block>> body = block.list().ofMinSize(2).ofMaxSize(30);
        Arbitrary<String> title = word.list().ofMinSize(1).ofMaxSize(5)
                .map(ws -> ws.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList())
                .map(ws -> String.join(" ", ws));
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(10, 330)).as((c, n) -> c + ":" + n);
        Arbitrary<List<PolicyPdfWriter.Block>> blocks = Combinators.combine(number, title, body).as((n, t, b) -> {
            List<PolicyPdfWriter.Block> all = new ArrayList<>();
            all.add(PolicyPdfWriter.Block.heading(n + " " + t));
            all.addAll(b);
            return all;
        });
        Arbitrary<String> header = title.map(t -> t + " School District Board Policy Manual");
        return Combinators.combine(blocks, header, Arbitraries.of(FOOTERS), Arbitraries.longs(),
                Arbitraries.doubles().between(0, 0.3)).as(Printed::new);
    }
}
