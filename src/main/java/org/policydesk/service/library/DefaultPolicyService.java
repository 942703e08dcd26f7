package org.policydesk.service.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.ImportOutcome;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.service.common.PolicyTextParser;
import org.policydesk.store.ContentHash;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.PolicyVersions;
import org.policydesk.text.PressParser;

/** Policy use cases on top of {@link PolicyRepository}. */
public final class DefaultPolicyService implements PolicyService {

    static final String WINDOWS_1252_WARNING =
            "The file is not valid UTF-8 and was read as Windows-1252; check quotes and accented letters.";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPolicyService.class);

    private final PolicyRepository repository;
    private final PolicyTextParser parser;
    private final PolicyFileReader fileReader = new PolicyFileReader();

    public DefaultPolicyService(PolicyRepository repository, PressParser parser) {
        this(repository, parser::parse);
    }

    public DefaultPolicyService(PolicyRepository repository, PolicyTextParser parser) {
        this.repository = repository;
        this.parser = parser;
    }

    @Override
    public List<PolicySummary> listPolicies() {
        return repository.listSummaries();
    }

    @Override
    public Map<Long, String> searchableText() {
        return repository.searchableText();
    }

    @Override
    public Optional<PolicyDetail> findPolicy(PolicyNumber number) {
        return repository.findPolicyId(number).flatMap(id -> policy(id, null));
    }

    @Override
    public List<PolicyDetail> findPolicies(Collection<PolicyNumber> numbers) {
        List<PolicyDetail> found = new ArrayList<>();
        for (PolicyVersions p : repository.withVersions(numbers)) {
            PolicyVersion latest = p.latest();
            found.add(new PolicyDetail(p.summary(), p.versions(), latest, parser.parse(latest.sourceText()),
                    p.dating()));
        }
        return found;
    }

    @Override
    public Optional<PolicyDetail> policy(long policyId, Integer versionSeq) {
        Optional<PolicySummary> summary = repository.summary(policyId);
        Optional<PolicyVersion> shown = repository.version(policyId, versionSeq);
        if (summary.isEmpty() || shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyDetail(summary.get(), repository.versions(policyId), shown.get(),
                parser.parse(shown.get().sourceText()), repository.dating(policyId)));
    }

    @Override
    public Optional<PolicyDocument> document(PolicyDetail detail, int versionSeq) {
        return detail.versions().stream().filter(v -> v.seq() == versionSeq).findFirst()
                .map(v -> parser.parse(v.sourceText()));
    }

    @Override
    public ImportOutcome importText(String sourceName, String text) {
        return importDocument(sourceName, parser.parse(text));
    }

    @Override
    public ImportOutcome importFile(Path file) throws ImportException {
        PolicyFileReader.DecodedText decoded = fileReader.read(file);
        PolicyDocument document = parser.parse(decoded.text());
        if (decoded.windows1252()) {
            LOG.warn("{} is not valid UTF-8; decoded it as Windows-1252", file);
            document = withWarning(document, new ParseWarning(0, WINDOWS_1252_WARNING));
        }
        return importDocument(file.getFileName().toString(), document);
    }

    @Override
    public Optional<String> exportText(PolicyNumber number, Integer versionSeq) {
        return repository.findPolicyId(number)
                .flatMap(id -> repository.version(id, versionSeq))
                .map(PolicyVersion::sourceText);
    }

    /**
     * Stores a parsed text as its policy's next version, unless that policy already holds the identical
     * text. Lookup, policy creation, version insert and its audit event share one transaction.
     */
    private ImportOutcome importDocument(String sourceName, PolicyDocument document) {
        String hash = ContentHash.of(document.sourceText());
        PolicyNumber number = document.number();
        ImportOutcome outcome = repository.inTransaction(tx -> {
            Optional<Long> policyId = number == null ? Optional.empty() : tx.findPolicyId(number);
            Optional<PolicyVersion> existing = number == null
                    ? tx.findUnnumberedVersionByHash(hash)
                    : policyId.flatMap(id -> tx.findVersionByHash(id, hash));
            if (existing.isPresent()) {
                return new ImportOutcome(sourceName, document, existing.get(), true);
            }
            // A text without a title is listed under its file name until someone names it.
            String title = blankToNull(document.title()) == null ? sourceName : document.title();
            long id = policyId.orElseGet(() -> tx.createPolicy(number, title, document.section()));
            if (policyId.isPresent()) {
                tx.updateHeading(id, blankToNull(document.title()), document.section());
            }
            // A text the parser only half understood is kept exactly, as a draft for a person to review.
            boolean review = needsReview(document);
            NewVersion version = new NewVersion(document, review ? VersionStatus.DRAFT : ImportedStatus.of(document),
                    sourceName, review);
            PolicyVersion added = tx.addVersion(id, version);
            tx.audit().append(AuditEntry.of("policy.import", AuditSubjects.POLICY, AuditSubjects.policyKey(number, id))
                    .with("version", added.seq())
                    .with("status", added.status().name())
                    .with("content_hash", added.contentHash())
                    .with("source", sourceName)
                    .with("title", document.title()));
            return new ImportOutcome(sourceName, document, added, false);
        });
        LOG.info("Imported {} as {} version {}{}", sourceName, number == null ? "an unnumbered policy" : number,
                outcome.version().seq(), outcome.duplicate() ? " (already stored)" : "");
        return outcome;
    }

    /**
     * A text the parser struggled with needs a person to look at it: one it could not name, or one with
     * lines it could not place (its warnings name them). Marker/comment mismatches are left to the draft checks.
     */
    private static boolean needsReview(PolicyDocument document) {
        boolean unnamed = document.number() == null || document.title() == null || document.title().isBlank();
        boolean halfUnderstood = document.warnings().stream().anyMatch(w -> !w.message().contains("PRESSPlus"));
        return !document.warnings().isEmpty() && (unnamed || halfUnderstood);
    }

    private static PolicyDocument withWarning(PolicyDocument d, ParseWarning warning) {
        List<ParseWarning> warnings = new ArrayList<>(d.warnings());
        warnings.add(0, warning);
        return new PolicyDocument(d.sourceText(), d.statusLabel(), d.section(), d.number(), d.title(), d.blocks(),
                d.legalRefs(), d.crossRefs(), d.history(), d.comments(), d.markers(), warnings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
