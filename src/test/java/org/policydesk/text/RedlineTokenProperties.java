package org.policydesk.text;

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

/** The hand-written redline tokeniser cuts text exactly where the regular expression it replaced did. */
class RedlineTokenProperties {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\n|[ \\t\\u00A0]+|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|.", Pattern.DOTALL);

    @Property(tries = 2000)
    void anyTextIsCutAsTheRegularExpressionCutsIt(@ForAll String text) {
        assertThat(Redline.tokens(text)).isEqualTo(reference(text));
    }

    @Property(tries = 2000)
    void policyLikeTextIsCutAsTheRegularExpressionCutsIt(@ForAll("policyLike") String text) {
        assertThat(Redline.tokens(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> policyLike() {
        return Arbitraries.strings().withChars("ab Z9'’\t\u00A0\n.,-é²ⅫΩ中\uD83E\uDD84").ofMaxLength(40);
    }

    private static List<String> reference(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
