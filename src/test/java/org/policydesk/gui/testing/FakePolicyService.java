package org.policydesk.gui.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.ImportOutcome;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.Run;
import org.policydesk.model.VersionDating;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.library.ImportException;
import org.policydesk.service.library.PolicyService;

/**
 * An in-memory {@link PolicyService} holding hand-built documents. Imports read "N:NNN Title" from the
 * first line; a file without a number fails like a real unreadable file would.
 */
public final class FakePolicyService implements PolicyService {

    private final Map<Long, Stored> policies = new LinkedHashMap<>();
    private final AtomicInteger listCalls = new AtomicInteger();
    private long nextId = 1;

    private record Stored(long id, PolicyNumber number, String title, String section,
                          List<PolicyVersion> versions, List<PolicyDocument> documents) {
    }

    /** 5:125 with an adopted version and a draft, 5:120, 7:340 and 2:20 (6:235 is deliberately missing). */
    public static FakePolicyService withSamples() {
        FakePolicyService s = new FakePolicyService();
        s.add(SamplePolicies.simple("2:20", "Powers and Duties of the School Board; Indemnification",
                "School Board", "The major powers and duties of the School Board include formulating, adopting, "
                        + "and modifying Board policies, employing a Superintendent, and approving the budget."),
                VersionStatus.ADOPTED, 112, "2022-03-14");
        s.add(SamplePolicies.simple("5:120", "Employee Ethics; Conduct; and Conflict of Interest", "General Personnel",
                "All District employees are expected to maintain high standards in their school relationships, "
                        + "to demonstrate integrity and honesty, and to be sensitive to their roles as models."),
                VersionStatus.ADOPTED, 115, "2024-01-18");
        long socialMedia = s.add(SamplePolicies.socialMediaAdopted(), VersionStatus.ADOPTED, 114, "2023-06-21");
        s.addVersion(socialMedia, SamplePolicies.socialMediaDraft(), VersionStatus.DRAFT, 117, "2024-10-15");
        s.add(SamplePolicies.simple("7:340", "Student Records", "Students",
                "School student records are confidential. Information from them shall not be released other "
                        + "than as provided by law."),
                VersionStatus.ADOPTED, 113, "2022-11-10");
        return s;
    }

    public synchronized long add(PolicyDocument doc, VersionStatus status, Integer issue, String day) {
        long id = nextId++;
        policies.put(id, new Stored(id, doc.number(), doc.title(), doc.section(), new ArrayList<>(), new ArrayList<>()));
        addVersion(id, doc, status, issue, day);
        return id;
    }

    public synchronized void addVersion(long policyId, PolicyDocument doc, VersionStatus status, Integer issue, String day) {
        Stored p = policies.get(policyId);
        Instant at = SamplePolicies.day(day);
        int seq = p.versions().size() + 1;
        p.versions().add(new PolicyVersion(policyId * 100 + seq, policyId, seq, status, doc.statusLabel(),
                doc.sourceText(), Integer.toHexString(doc.sourceText().hashCode()), issue, null, false, at, at));
        p.documents().add(doc);
    }

    public int listCalls() {
        return listCalls.get();
    }

    @Override
    public synchronized List<PolicySummary> listPolicies() {
        listCalls.incrementAndGet();
        return policies.values().stream()
                .sorted((a, b) -> a.number().compareTo(b.number()))
                .map(this::summary).toList();
    }

    private PolicySummary summary(Stored p) {
        PolicyVersion latest = p.versions().get(p.versions().size() - 1);
        return new PolicySummary(p.id(), p.number(), p.title(), p.section(), latest.status(), latest.statusLabel(),
                latest.pressIssue(), latest.seq());
    }

    @Override
    public synchronized Map<Long, String> searchableText() {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (Stored p : policies.values()) {
            String latest = p.documents().get(p.documents().size() - 1).sourceText();
            texts.put(p.id(), (p.number() + " " + p.title() + " " + p.section() + "\n" + latest)
                    .toLowerCase(Locale.ROOT));
        }
        return texts;
    }

    @Override
    public synchronized Optional<PolicyDetail> findPolicy(PolicyNumber number) {
        return policies.values().stream().filter(p -> p.number().equals(number)).findFirst()
                .flatMap(p -> policy(p.id(), null));
    }

    @Override
    public synchronized Optional<PolicyDetail> policy(long policyId, Integer versionSeq) {
        Stored p = policies.get(policyId);
        if (p == null) {
            return Optional.empty();
        }
        int index = versionSeq == null ? p.versions().size() - 1 : versionSeq - 1;
        if (index < 0 || index >= p.versions().size()) {
            return Optional.empty();
        }
        // Like the store: a version's adoption date is the last "Adopted:"/"Amended:" date of its text.
        Map<Integer, VersionDating> dating = new java.util.HashMap<>();
        for (int i = 0; i < p.versions().size(); i++) {
            dating.put(i + 1, new VersionDating(p.documents().get(i).lastAdoption().map(HistoryEntry::date).orElse(null),
                    null));
        }
        return Optional.of(new PolicyDetail(summary(p), p.versions(), p.versions().get(index),
                p.documents().get(index), dating));
    }

    @Override
    public synchronized ImportOutcome importText(String sourceName, String text) {
        String firstLine = text.lines().findFirst().orElse("").strip();
        String[] parts = firstLine.split("\\s+", 2);
        PolicyNumber number = PolicyNumber.tryParse(parts[0]).orElseThrow(
                () -> new IllegalArgumentException("no policy number on the first line"));
        String title = parts.length > 1 ? parts[1] : "";
        String body = text.lines().skip(1).reduce("", (a, b) -> a + b + " ").strip();
        List<ParseWarning> warnings = body.contains("PRESSPlus9")
                ? List.of(new ParseWarning(2, "PRESSPlus9 marker has no comment")) : List.of();
        Block paragraph = new Block(BlockKind.PARAGRAPH, text, 1, body, List.of(Run.plain(body)), "", 0, false);
        PolicyDocument doc = new PolicyDocument(text, null, "Imported", number, title, List.of(paragraph),
                List.of(), List.of(), List.of(), List.of(), List.of(), warnings);

        Optional<Stored> existing = policies.values().stream().filter(p -> p.number().equals(number)).findFirst();
        if (existing.isPresent()) {
            Stored p = existing.get();
            for (PolicyVersion v : p.versions()) {
                if (v.sourceText().equals(text)) {
                    return new ImportOutcome(sourceName, doc, v, true);
                }
            }
            addVersion(p.id(), doc, VersionStatus.DRAFT, null, "2025-01-10");
            return new ImportOutcome(sourceName, doc, p.versions().get(p.versions().size() - 1), false);
        }
        long id = add(doc, VersionStatus.DRAFT, null, "2025-01-10");
        return new ImportOutcome(sourceName, doc, policies.get(id).versions().get(0), false);
    }

    @Override
    public ImportOutcome importFile(Path file) throws ImportException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file, "could not be read", e);
        }
        try {
            return importText(String.valueOf(file.getFileName()), text);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "does not look like a PRESS policy (no policy number on the first line)");
        }
    }

    @Override
    public synchronized Optional<String> exportText(PolicyNumber number, Integer versionSeq) {
        return findPolicy(number).map(d -> d.shown().sourceText());
    }
}
