package org.policydesk.service.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.policydesk.model.Citation;
import org.policydesk.model.CitedStatute;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.ReferenceHit;
import org.policydesk.store.LibraryRepository;
import org.policydesk.text.Citations;

/** The References place's questions: CROSS REFs that point nowhere, who cites a statute, who refers to a policy. */
final class PolicyReferences {

    private static final Comparator<ReferenceHit> BY_POLICY =
            Comparator.comparing(ReferenceHit::policy, Comparator.nullsLast(Comparator.naturalOrder()));

    private final LibraryRepository repository;

    PolicyReferences(LibraryRepository repository) {
        this.repository = repository;
    }

    List<ReferenceHit> brokenCrossRefs() {
        Set<PolicyNumber> numbers = repository.policyNumbers();
        return repository.currentCrossRefs().stream()
                .filter(hit -> !numbers.contains(PolicyNumber.parse(hit.named())))
                .toList();
    }

    List<ReferenceHit> cites(String citation) {
        String wanted = normalise(citation);
        if (wanted.isEmpty()) {
            throw new WorkflowException("Say which citation to look for, such as 820 ILCS 55/10.");
        }
        List<Citation> asked = Citations.in(citation);
        if (!asked.isEmpty()) {
            // read as citations: later sections of a chapter and "U.S.C." without "§" are found too
            return repository.legalRefsContaining("").stream()
                    .filter(hit -> Citations.in(hit.named()).stream()
                            .anyMatch(c -> asked.stream().anyMatch(a -> Citations.same(a, c))))
                    .sorted(BY_POLICY)
                    .toList();
        }
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])");
        return repository.legalRefsContaining(wanted).stream()
                .filter(hit -> whole.matcher(normalise(hit.named())).find())
                .sorted(BY_POLICY)
                .toList();
    }

    /** Every citation in a current LEGAL REF, grouped by the statute it belongs to, statutes in order. */
    List<CitedStatute> citationsByStatute() {
        Map<String, List<ReferenceHit>> byStatute = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ReferenceHit hit : repository.legalRefsContaining("")) {
            for (Citation c : Citations.in(hit.named())) {
                byStatute.computeIfAbsent(c.statute(), k -> new ArrayList<>()).add(new ReferenceHit(hit.policy(),
                        hit.policyTitle(), hit.versionSeq(), hit.status(), c.cite(), hit.named()));
            }
        }
        return byStatute.entrySet().stream()
                .map(e -> new CitedStatute(e.getKey(), e.getValue().stream().distinct()
                        .sorted(Comparator.comparing(ReferenceHit::named).thenComparing(BY_POLICY)).toList()))
                .toList();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    List<ReferenceHit> refersTo(PolicyNumber number) {
        return repository.crossRefsTo(number).stream()
                .sorted(BY_POLICY)
                .toList();
    }
}
