package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.policydesk.model.Block;
import org.policydesk.model.PolicyDocument;

/** No input makes the parser throw, and writing what it parsed always gives the input back. */
class PressRoundTripProperties {

    private final PressParser parser = new PressParser();
    private final PressWriter writer = new PressWriter();

    @Property(tries = 3000)
    void anyUnicodeTextRoundTrips(@ForAll String text) {
        assertRoundTrip(text);
    }

    @Property(tries = 3000)
    void policyShapedTextRoundTrips(@ForAll("policyShapedText") String text) {
        assertRoundTrip(text);
    }

    @Property(tries = 500)
    void blocksStartWhereThePreviousOneEnded(@ForAll("policyShapedText") String text) {
        PolicyDocument doc = parser.parse(text);
        int line = 1;
        for (Block block : doc.blocks()) {
            assertThat(block.line()).isEqualTo(line);
            assertThat(block.raw()).isNotEmpty();
            line += lineCount(block.raw());
        }
    }

    private void assertRoundTrip(String text) {
        PolicyDocument doc = parser.parse(text);
        assertThat(writer.write(doc)).isEqualTo(text);
    }

    private static int lineCount(String raw) {
        int lines = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == raw.length() || raw.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        boolean endsWithTerminator = raw.endsWith("\n") || raw.endsWith("\r");
        return endsWithTerminator ? lines : lines + 1;
    }

    /** Lines made from the pieces real policies are made of, joined by any kind of line ending. */
    @Provide
    Arbitrary<String> policyShapedText() {
        Arbitrary<String> piece = Arbitraries.of(List.of(
                "Document Status: Draft Update", "General Personnel", "5:125 Personal Technology", "Policy 5.130 -",
                "2:010", "# 6:235 Access", "Introduction", "1. Item one;", " - a. Sub item", "• bullet", "(iv) roman",
                "LEGAL REF.:", "Legal References: 105 ILCS 5/10", "[820 ILCS 55/10](#), Act.", "CROSS REF.: 5:20 (A; B), 5:30",
                "Cross Ref: 7:20 - Title; junk", "Adopted: June 21, 2023", "Amended 13/45/2023", "Revised: 2019, 2022",
                "PRESSPlus Comments", "PRESSPlus 1. Updated. **Issue 117, October 2024**", "text PRESSPlus1 here",
                "Page 1 of 3", "10/3/24, 2:15 PM", "**Bold heading**", "*italic* and **bold", "(", ")", "**", "*",
                "", " ", "\t", "\uFEFF", "Zwölf Boxkämpfer 中文 Tiếng Việt", "\u0000", "\uD800"));
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n", "\r", "");
        Arbitrary<String> line = Combinators.combine(piece, ending).as(String::concat);
        return line.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
