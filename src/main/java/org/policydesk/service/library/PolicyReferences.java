package org.policydesk.service.library;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.ReferenceHit;
import org.policydesk.store.LibraryRepository;

/** The References place's questions: CROSS REFs that point nowhere, who cites a statute, who refers to a policy. */
final class PolicyReferences {

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
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])");
        return repository.legalRefsContaining(wanted).stream()
                .filter(hit -> whole.matcher(normalise(hit.named())).find())
                .sorted(Comparator.comparing(ReferenceHit::policy, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    List<ReferenceHit> refersTo(PolicyNumber number) {
        return repository.crossRefsTo(number).stream()
                .sorted(Comparator.comparing(ReferenceHit::policy, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
