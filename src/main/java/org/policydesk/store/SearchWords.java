package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.POLICY;
import static org.policydesk.store.jooq.Tables.POLICY_VERSION;
import static org.policydesk.store.jooq.Tables.SEARCH_WORD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The word index behind full-text search: one row per distinct lower-cased word of each policy's current
 * text (number, title and the version {@link PolicyRepository#withCurrentVersion} calls current). Plain rows and a LIKE prefix match, so it works the same on
 * H2 and PostgreSQL.
 */
public final class SearchWords {

    /** Policy numbers ("5:125") are one word; otherwise runs of letters and digits. */
    private static final Pattern WORD = Pattern.compile("\\d{1,2}:\\d{1,4}|[\\p{L}\\p{N}]+");
    private static final int MAX_WORD = 100;

    private SearchWords() {
    }

    /** The distinct lower-cased words of a text, in order of first appearance. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
        }
        return new ArrayList<>(words);
    }

    /** Rebuilds the words of one policy from its number, title and current text; none when it has no current text. */
    static void reindex(DSLContext dsl, long policyId) {
        dsl.deleteFrom(SEARCH_WORD).where(SEARCH_WORD.POLICY_ID.eq(policyId)).execute();
        var row = dsl.select(POLICY.NUMBER, POLICY.TITLE, POLICY.SECTION, POLICY_VERSION.SOURCE_TEXT)
                .from(PolicyRepository.withCurrentVersion(POLICY_VERSION.POLICY_ID.eq(policyId)))
                .fetchOne();
        if (row == null) {
            return;
        }
        String text = String.join("\n", row.value1() == null ? "" : row.value1(), row.value2(),
                row.value3() == null ? "" : row.value3(), row.value4());
        var insert = dsl.insertInto(SEARCH_WORD, SEARCH_WORD.POLICY_ID, SEARCH_WORD.WORD);
        List<String> words = words(text);
        if (words.isEmpty()) {
            return;
        }
        var values = insert.values(policyId, words.get(0));
        for (int i = 1; i < words.size(); i++) {
            values = values.values(policyId, words.get(i));
        }
        values.execute();
    }

    /** Ids of the policies holding a word starting with each term (terms already lower-cased words). */
    static Set<Long> matching(DSLContext dsl, List<String> terms) {
        if (terms.isEmpty()) {
            return Set.of();
        }
        Select<Record1<Long>> query = null;
        for (String term : terms) {
            Select<Record1<Long>> one = DSL.selectDistinct(SEARCH_WORD.POLICY_ID).from(SEARCH_WORD)
                    .where(SEARCH_WORD.WORD.like(escape(term) + "%", '!'));
            query = query == null ? one : query.intersect(one);
        }
        return new LinkedHashSet<>(dsl.fetch(query).getValues(0, Long.class));
    }

    private static String escape(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
