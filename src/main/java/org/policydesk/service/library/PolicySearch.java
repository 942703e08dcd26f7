package org.policydesk.service.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SearchHit;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.SearchWords;
import org.policydesk.text.CleanText;

/** Full-text search over the current texts: the policies holding every word, each with a snippet around a hit. */
final class PolicySearch {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");

    private final LibraryRepository repository;

    PolicySearch(LibraryRepository repository) {
        this.repository = repository;
    }

    List<SearchHit> search(String query, int limit) {
        List<String> terms = searchTerms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Long> ids = limit <= 0 ? List.of() : repository.searchPolicies(terms, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        Pattern hit = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + terms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")[\\p{L}\\p{N}]*");
        return repository.currentTexts(ids).stream()
                .sorted(Comparator.comparing(LibraryRepository.CurrentText::number,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> snippet(t, hit))
                .toList();
    }

    static List<String> searchTerms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String token : query.strip().split("\\s+")) {
            Optional<PolicyNumber> number = PolicyNumber.tryParse(token);
            if (number.isPresent()) {
                terms.add(number.get().toString());
            } else {
                terms.addAll(SearchWords.words(token));
            }
        }
        return terms.stream().distinct().toList();
    }

    private static SearchHit snippet(LibraryRepository.CurrentText t, Pattern hit) {
        // A snippet is read, not edited: "Discord, Tik Tok", not "Discord, PRESSPlus1 Tik Tok".
        String plain = CleanText.withoutMarkers(
                LINK.matcher(t.text()).replaceAll(m -> Matcher.quoteReplacement(m.group(1))).replace("*", ""));
        Matcher m = hit.matcher(plain);
        // The first hit in the body, after the number and title lines, reads best.
        int titleEnd = t.title() == null ? 0 : Math.max(0, plain.indexOf(t.title()) + t.title().length());
        int at = m.find(Math.min(titleEnd, plain.length())) ? m.start() : (m.find(0) ? m.start() : 0);
        int start = Math.max(0, at - 70);
        int end = Math.min(plain.length(), at + 170);
        while (start > 0 && !Character.isWhitespace(plain.charAt(start - 1))) {
            start--;
        }
        while (end < plain.length() && !Character.isWhitespace(plain.charAt(end))) {
            end++;
        }
        String snippet = (start > 0 ? "…" : "") + plain.substring(start, end).strip().replaceAll("\\s+", " ")
                + (end < plain.length() ? "…" : "");
        List<SearchHit.Span> spans = new ArrayList<>();
        Matcher inSnippet = hit.matcher(snippet);
        while (inSnippet.find()) {
            spans.add(new SearchHit.Span(inSnippet.start(), inSnippet.end()));
        }
        return new SearchHit(t.policyId(), t.number(), t.title(), t.status(), snippet, spans);
    }
}
