package org.policydesk.service.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.CitedStatute;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.DraftState;
import org.policydesk.model.HistoryEntry;
import org.policydesk.model.IssuePolicy;
import org.policydesk.model.IssueSummary;
import org.policydesk.model.PartialDate;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RecordDates;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.RedlineSegment;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;
import org.policydesk.model.VersionEvent;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.service.common.PolicyTextParser;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.NewVersion;
import org.policydesk.text.CleanText;
import org.policydesk.text.CommentEditor;
import org.policydesk.text.DraftChecks;
import org.policydesk.text.HistoryStamp;
import org.policydesk.text.Redline;
import org.policydesk.text.RedlineEmphasis;

/** The library use cases on top of {@link LibraryRepository}; status moves follow a small state machine. */
public final class DefaultLibraryService implements LibraryService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultLibraryService.class);
    private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** Where an open version may move with {@link #changeStatus}; adoption and discarding have their own calls. */
    static final Map<VersionStatus, Set<VersionStatus>> MOVES = Map.of(
            VersionStatus.DRAFT, EnumSet.of(VersionStatus.COMMITTEE, VersionStatus.FIRST_READING,
                    VersionStatus.NOT_ADOPTED, VersionStatus.HELD),
            VersionStatus.COMMITTEE, EnumSet.of(VersionStatus.DRAFT, VersionStatus.FIRST_READING,
                    VersionStatus.NOT_ADOPTED, VersionStatus.HELD),
            VersionStatus.FIRST_READING, EnumSet.of(VersionStatus.COMMITTEE, VersionStatus.NOT_ADOPTED,
                    VersionStatus.HELD),
            VersionStatus.HELD, EnumSet.of(VersionStatus.DRAFT, VersionStatus.COMMITTEE, VersionStatus.FIRST_READING,
                    VersionStatus.NOT_ADOPTED));

    private final LibraryRepository repository;
    private final PolicyService policies;
    private final PolicyTextParser parser;
    private final PolicyReferences references;
    private final PolicySearch search;
    private final IssueImporter issueImporter;

    public DefaultLibraryService(LibraryRepository repository, PolicyService policies, PolicyTextParser parser) {
        this.repository = repository;
        this.policies = policies;
        this.parser = parser;
        this.references = new PolicyReferences(repository);
        this.search = new PolicySearch(repository);
        this.issueImporter = new IssueImporter(repository, policies);
    }

    // ---- finding versions --------------------------------------------------------------------------

    @Override
    public PolicyVersion resolve(PolicyNumber number, Integer seq, boolean openOnly) {
        long policyId = repository.policies().findPolicyId(number)
                .orElseThrow(() -> new WorkflowException("There is no policy " + number + " in the store."));
        List<PolicyVersion> versions = repository.policies().versions(policyId);
        if (seq != null) {
            return versions.stream().filter(v -> v.seq() == seq).findFirst().orElseThrow(() -> new WorkflowException(
                    "Policy " + number + " has no version " + seq + " (it has versions 1 to " + versions.size() + ")."));
        }
        Optional<PolicyVersion> open = latestOpen(versions);
        if (open.isPresent() || openOnly) {
            return open.orElseThrow(() -> new WorkflowException("Policy " + number
                    + " has no open draft. Start one with \"new-draft " + number + "\"."));
        }
        return versions.get(versions.size() - 1);
    }

    private static Optional<PolicyVersion> latestOpen(List<PolicyVersion> versions) {
        return versions.stream().filter(v -> v.status().isOpen()).max(Comparator.comparingInt(PolicyVersion::seq));
    }

    private static Optional<PolicyVersion> currentAdopted(List<PolicyVersion> versions) {
        return versions.stream().filter(v -> v.status() == VersionStatus.ADOPTED)
                .max(Comparator.comparingInt(PolicyVersion::seq));
    }

    static PolicyVersion version(LibraryRepository tx, long versionId) {
        return tx.versionById(versionId).orElseThrow(() -> new WorkflowException("That version is no longer in the store."));
    }

    /** An audit event about version {@code v}, filed under its policy; appended in the caller's transaction. */
    static AuditEntry event(LibraryRepository tx, PolicyVersion v, String action) {
        PolicyNumber number = tx.policyNumber(v.policyId()).orElse(null);
        return AuditEntry.of(action, AuditSubjects.POLICY, AuditSubjects.policyKey(number, v.policyId()))
                .with("version", v.seq());
    }

    private String name(LibraryRepository tx, PolicyVersion v) {
        return tx.policyNumber(v.policyId()).map(n -> "Policy " + n).orElse("This policy") + " version " + v.seq();
    }

    // ---- workflow ----------------------------------------------------------------------------------

    @Override
    public PolicyVersion newDraft(long policyId) {
        PolicyVersion draft = repository.inTransaction(tx -> {
            List<PolicyVersion> versions = tx.policies().versions(policyId);
            if (versions.isEmpty()) {
                throw new WorkflowException("That policy is no longer in the store.");
            }
            Optional<PolicyVersion> open = latestOpen(versions);
            if (open.isPresent()) {
                // a parallel draft would split a PRESS issue's changes across two texts
                throw new DraftAlreadyOpenException(name(tx, open.get()), open.get());
            }
            PolicyVersion base = currentAdopted(versions).orElse(versions.get(versions.size() - 1));
            PolicyDocument doc = parser.parse(base.sourceText());
            PolicyVersion created = tx.policies().addVersion(policyId, new NewVersion(doc, VersionStatus.DRAFT,
                    "new draft from version " + base.seq(), false, null));
            tx.setBasedOn(created.id(), base.seq());
            tx.addEvent(created.id(), null, VersionStatus.DRAFT, null, "started from version " + base.seq());
            tx.audit().append(event(tx, created, AuditKinds.VERSION_DRAFT).with("based_on", base.seq())
                    .with("content_hash", created.contentHash()));
            return version(tx, created.id());
        });
        LOG.info("New draft version {} of policy {}", draft.seq(), policyId);
        return draft;
    }

    @Override
    public PolicyVersion changeStatus(long versionId, VersionStatus to) {
        return repository.inTransaction(tx -> move(tx, versionId, to));
    }

    @Override
    public List<PolicyVersion> changeStatus(List<Long> versionIds, VersionStatus to) {
        return repository.inTransaction(tx -> versionIds.stream().map(id -> move(tx, id, to)).toList());
    }

    private PolicyVersion move(LibraryRepository tx, long versionId, VersionStatus to) {
        PolicyVersion v = version(tx, versionId);
        VersionStatus from = v.status();
        if (from == to) {
            throw new WorkflowException(name(tx, v) + " is already " + to.label() + ".");
        }
        if (to == VersionStatus.ADOPTED) {
            throw new WorkflowException("Adopting needs the board's vote date: use Adopt.");
        }
        if (to == VersionStatus.SUPERSEDED) {
            throw new WorkflowException("A version is superseded only when a newer one is adopted.");
        }
        if (to == VersionStatus.DISCARDED) {
            throw new WorkflowException("Use Discard draft to set a draft aside.");
        }
        if (!from.isOpen()) {
            throw new WorkflowException(name(tx, v) + " is " + from.label() + " and cannot move to " + to.label()
                    + (from == VersionStatus.ADOPTED ? "; start a new draft instead." : "."));
        }
        if (!MOVES.get(from).contains(to)) {
            throw new WorkflowException(name(tx, v) + " is at " + from.label() + " and cannot go back to " + to.label()
                    + "; it can move to " + MOVES.get(from).stream().map(VersionStatus::label)
                    .collect(Collectors.joining(", ")) + ".");
        }
        tx.setStatus(versionId, to);
        tx.addEvent(versionId, from, to, null, null);
        tx.audit().append(event(tx, v, AuditKinds.VERSION_STATUS).with("from", from.name()).with("to", to.name()));
        return version(tx, versionId);
    }

    @Override
    public PolicyVersion adopt(long versionId, LocalDate voteDate, AdoptionOutcome outcome, boolean editorial) {
        if (voteDate == null) {
            throw new WorkflowException("Adopting needs the date of the board's vote.");
        }
        RecordDates.problemWithPastDate(voteDate, LocalDate.now(), "The vote date").ifPresent(problem -> {
            throw new WorkflowException(problem);
        });
        AdoptionOutcome how = outcome == null ? AdoptionOutcome.AS_PRESENTED : outcome;
        PolicyVersion adopted = repository.inTransaction(tx -> {
            PolicyVersion v = version(tx, versionId);
            if (!v.status().isOpen()) {
                throw new WorkflowException(name(tx, v) + " is " + v.status().label() + " and cannot be adopted"
                        + (v.status() == VersionStatus.ADOPTED ? " again." : "; start a new draft instead."));
            }
            PolicyDocument before = parser.parse(v.sourceText());
            Optional<HistoryEntry> last = before.lastAdoption();
            if (last.isPresent() && last.get().date().compareTo(PartialDate.of(voteDate)) > 0) {
                throw new WorkflowException("The vote date " + US_LONG.format(voteDate)
                        + " is before the policy's last adoption or amendment (" + last.get().date() + ").");
            }
            PolicyDocument stamped = parser.parse(new HistoryStamp().stamp(before, voteDate));
            tx.replaceText(versionId, stamped);
            for (PolicyVersion other : tx.policies().versions(v.policyId())) {
                if (other.status() == VersionStatus.ADOPTED) {
                    tx.setStatus(other.id(), VersionStatus.SUPERSEDED);
                    tx.addEvent(other.id(), VersionStatus.ADOPTED, VersionStatus.SUPERSEDED, voteDate,
                            "superseded by version " + v.seq());
                    tx.audit().append(event(tx, other, AuditKinds.VERSION_SUPERSEDE).with("by_version", v.seq())
                            .with("vote_date", voteDate));
                }
            }
            tx.setStatus(versionId, VersionStatus.ADOPTED);
            tx.setAdoption(versionId, voteDate, how, editorial);
            tx.addEvent(versionId, v.status(), VersionStatus.ADOPTED, voteDate,
                    how.label() + (editorial ? "; editorial change only" : ""));
            tx.policies().updateHeading(v.policyId(), blankToNull(stamped.title()), stamped.section());
            PolicyVersion result = version(tx, versionId);
            tx.audit().append(event(tx, v, AuditKinds.VERSION_ADOPT).with("from", v.status().name())
                    .with("vote_date", voteDate).with("outcome", how.name()).with("editorial", editorial)
                    .with("content_hash", result.contentHash()));
            return result;
        });
        LOG.info("Adopted version {} of policy {} on {}", adopted.seq(), adopted.policyId(), voteDate);
        return adopted;
    }

    @Override
    public PolicyVersion discard(long versionId) {
        return repository.inTransaction(tx -> {
            PolicyVersion v = version(tx, versionId);
            if (!v.status().isOpen()) {
                throw new WorkflowException(name(tx, v) + " is " + v.status().label() + "; only an open draft can be discarded.");
            }
            tx.setStatus(versionId, VersionStatus.DISCARDED);
            tx.addEvent(versionId, v.status(), VersionStatus.DISCARDED, null, null);
            tx.audit().append(event(tx, v, AuditKinds.VERSION_DISCARD).with("from", v.status().name()));
            return version(tx, versionId);
        });
    }

    // ---- drafts ------------------------------------------------------------------------------------

    @Override
    public DraftState openDraft(long versionId) {
        PolicyVersion v = version(repository, versionId);
        PolicyNumber number = repository.policyNumber(v.policyId()).orElse(null);
        int caret = repository.caret(versionId).orElse(0);
        return new DraftState(v, number, v.sourceText(), Math.min(Math.max(caret, 0), v.sourceText().length()));
    }

    @Override
    public PolicyVersion saveDraft(long versionId, String text, int caret) {
        PolicyVersion saved = repository.inTransaction(tx -> {
            PolicyVersion v = editable(tx, versionId);
            PolicyVersion result = v;
            if (!v.sourceText().equals(text)) {
                result = tx.replaceText(versionId, parser.parse(text));
                // Only a save that changes the text is an event; the caret alone is not a change of record.
                tx.audit().append(event(tx, v, AuditKinds.DRAFT_EDIT).with("content_hash", result.contentHash())
                        .with("characters", text.length()));
            }
            tx.saveCaret(versionId, caret);
            return result;
        });
        repository.flushToDisk();
        return saved;
    }

    private PolicyVersion editable(LibraryRepository tx, long versionId) {
        PolicyVersion v = version(tx, versionId);
        if (!v.status().isOpen()) {
            throw new WorkflowException(name(tx, v) + " is " + v.status().label()
                    + " and its text cannot be changed; start a new draft instead.");
        }
        return v;
    }

    @Override
    public PolicyVersion editComment(long versionId, int n, String wording, Integer issue, YearMonth issued) {
        if (n < 1 || n > 999) {
            throw new WorkflowException("PRESSPlus comments are numbered 1 to 999.");
        }
        return repository.inTransaction(tx -> {
            PolicyVersion v = editable(tx, versionId);
            String text = new CommentEditor().edit(parser.parse(v.sourceText()), n, wording, issue, issued);
            PolicyVersion edited = tx.replaceText(versionId, parser.parse(text));
            tx.audit().append(event(tx, v, AuditKinds.COMMENT_EDIT).with("comment", n).with("issue", issue)
                    .with("content_hash", edited.contentHash()));
            return edited;
        });
    }

    @Override
    public String withComment(String text, int n, String wording, Integer issue, YearMonth issued) {
        if (n < 1 || n > 999) {
            throw new WorkflowException("PRESSPlus comments are numbered 1 to 999.");
        }
        return new CommentEditor().edit(parser.parse(text), n, wording, issue, issued);
    }

    @Override
    public List<VersionEvent> events(long policyId) {
        return repository.events(policyId);
    }

    @Override
    public PolicyDocument parse(String text) {
        return parser.parse(text);
    }

    @Override
    public List<DraftFinding> check(String text) {
        Set<PolicyNumber> numbers = repository.policyNumbers();
        return new DraftChecks().check(parser.parse(text), numbers::contains);
    }

    @Override
    public String cleanText(long versionId) {
        return new CleanText().clean(parser.parse(version(repository, versionId).sourceText()));
    }

    // ---- redline -----------------------------------------------------------------------------------

    @Override
    public RedlineReport redline(long policyId, Integer fromSeq, Integer toSeq) {
        List<PolicyVersion> versions = repository.policies().versions(policyId);
        if (versions.isEmpty()) {
            throw new WorkflowException("That policy is no longer in the store.");
        }
        PolicyNumber number = repository.policyNumber(policyId).orElse(null);
        PolicyVersion to = toSeq != null ? bySeq(versions, toSeq, number)
                : latestOpen(versions).orElse(versions.get(versions.size() - 1));
        PolicyVersion from;
        if (fromSeq != null) {
            from = bySeq(versions, fromSeq, number);
        } else {
            from = currentAdopted(versions).filter(a -> a.seq() != to.seq())
                    .or(() -> versions.stream().filter(v -> v.seq() < to.seq() && v.status() != VersionStatus.DISCARDED)
                            .max(Comparator.comparingInt(PolicyVersion::seq)))
                    .orElse(to);
        }
        PolicyDocument older = parser.parse(from.sourceText());
        PolicyDocument newer = parser.parse(to.sourceText());
        String title = newer.title().isBlank() ? older.title() : newer.title();
        List<RedlineSegment> segments = new Redline().compare(older, newer);
        return new RedlineReport(number, title, from, to, segments, newer.comments(),
                RedlineEmphasis.runs(older, newer, segments));
    }

    private static PolicyVersion bySeq(List<PolicyVersion> versions, int seq, PolicyNumber number) {
        return versions.stream().filter(v -> v.seq() == seq).findFirst().orElseThrow(() -> new WorkflowException(
                "Policy " + (number == null ? "" : number + " ") + "has no version " + seq
                        + " (it has versions 1 to " + versions.size() + ")."));
    }

    // ---- references and search ------------------------------------------------------------------------

    @Override
    public List<ReferenceHit> brokenCrossRefs() {
        return references.brokenCrossRefs();
    }

    @Override
    public List<ReferenceHit> cites(String citation) {
        return references.cites(citation);
    }

    @Override
    public List<CitedStatute> citationsByStatute() {
        return references.citationsByStatute();
    }

    @Override
    public List<ReferenceHit> refersTo(PolicyNumber number) {
        return references.refersTo(number);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return search.search(query, limit);
    }

    // ---- PRESS issues ------------------------------------------------------------------------------

    @Override
    public IssueImport importIssue(List<Path> paths, Integer issue) {
        return issueImporter.importIssue(paths, issue);
    }

    @Override
    public List<IssueSummary> issues() {
        return repository.issues();
    }

    @Override
    public List<IssuePolicy> issue(int issue) {
        return repository.issueVersions(issue).stream()
                .map(r -> new IssuePolicy(r.policyId(), r.number(), r.title(), r.version(),
                        repository.comments(r.version().id())))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
