package org.policydesk.service.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.ImportOutcome;
import org.policydesk.model.OriginalFile;
import org.policydesk.model.ParseWarning;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyImport;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.service.common.PolicyTextParser;
import org.policydesk.store.ImportedOriginals;
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
    private final FileImports fileImports;

    public DefaultPolicyService(PolicyRepository repository, PressParser parser) {
        this(repository, parser::parse);
    }

    public DefaultPolicyService(PolicyRepository repository, PolicyTextParser parser) {
        this.repository = repository;
        this.parser = parser;
        this.fileImports = new FileImports(repository);
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

    /** Stores a parsed text as its policy's next version in one transaction (see {@link VersionImport}). */
    private ImportOutcome importDocument(String sourceName, PolicyDocument document) {
        ImportOutcome outcome = repository.inTransaction(tx -> {
            VersionImport.Stored stored = VersionImport.store(tx, sourceName, document,
                    VersionImport.halfUnderstood(document), null);
            return new ImportOutcome(sourceName, document, stored.version(), stored.duplicate());
        });
        PolicyNumber number = document.number();
        LOG.info("Imported {} as {} version {}{}", sourceName, number == null ? "an unnumbered policy" : number,
                outcome.version().seq(), outcome.duplicate() ? " (already stored)" : "");
        return outcome;
    }

    @Override
    public List<RecognisedPolicy> recognise(Path file) throws ImportException {
        return fileImports.recognise(file);
    }

    @Override
    public List<PolicyImport> store(Path file, List<RecognisedPolicy> policies) throws ImportException {
        return fileImports.store(file, policies);
    }

    @Override
    public Optional<OriginalFile> original(long versionId) {
        return repository.imports().original(versionId);
    }

    @Override
    public void confirmImport(long policyId, long versionId, PolicyNumber number, String title, String section) {
        repository.inTransaction(tx -> {
            tx.imports().confirm(policyId, versionId, number, title, section);
            return null;
        });
    }

    @Override
    public void withdrawImport(long policyId, String reason) {
        try {
            repository.inTransaction(tx -> {
                tx.imports().withdraw(policyId, reason);
                return null;
            });
        } catch (ImportedOriginals.NotWithdrawableException e) {
            throw new WorkflowException(e.getMessage());
        }
    }

    private static PolicyDocument withWarning(PolicyDocument d, ParseWarning warning) {
        List<ParseWarning> warnings = new ArrayList<>(d.warnings());
        warnings.add(0, warning);
        return d.withWarnings(warnings);
    }

}
