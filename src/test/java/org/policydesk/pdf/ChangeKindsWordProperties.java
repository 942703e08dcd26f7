package org.policydesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written word splitter of the change classification finds the words the regular expressions did. */
class ChangeKindsWordProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKER = Pattern.compile("PRESSPlus\\d+");

    @Property(tries = 2000)
    void anyTextGivesTheWordsTheRegularExpressionsGive(@ForAll String text) {
        assertThat(ChangeKinds.words(text)).isEqualTo(reference(text));
    }

    @Property(tries = 3000)
    void textWithMarkersGivesTheWordsTheRegularExpressionsGive(@ForAll("withMarkers") String text) {
        assertThat(ChangeKinds.words(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> withMarkers() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of("PRESSPlus", "PRESSPlus1", "PRESSPlus23", "PRESS",
                "Plus", "P", "x", " ", "\n", "'", "é", "²", "Ⅻ", "中", "\uD83E\uDD84", "\uD835\uDC00", "7", "-"));
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static List<String> reference(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(MARKER.matcher(text).replaceAll(" "));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
