package org.policydesk.service.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.CitedStatute;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.DraftState;
import org.policydesk.model.IssuePolicy;
import org.policydesk.model.IssueSummary;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.ReferenceHit;
import org.policydesk.model.SearchHit;
import org.policydesk.model.VersionEvent;
import org.policydesk.model.VersionStatus;

/**
 * The policy library's use cases: the adoption workflow, drafts and their editor, redline, PRESS issues,
 * references and search. Every call may block; never call on the FX thread. Refusals are
 * {@link WorkflowException}s whose message is written for the user.
 */
public interface LibraryService {

    /**
     * The version of a policy a command means: {@code seq} when given, else the latest open (not yet
     * decided) version, else (when {@code openOnly} is false) the latest version.
     */
    PolicyVersion resolve(PolicyNumber number, Integer seq, boolean openOnly);

    /** A new draft from the policy's current adopted text (its latest text when none is adopted). */
    PolicyVersion newDraft(long policyId);

    /** Moves an open version to COMMITTEE, FIRST_READING, NOT_ADOPTED, HELD or back to DRAFT. */
    PolicyVersion changeStatus(long versionId, VersionStatus to);

    /** Moves several versions at once, all or none (bulk actions of the Issue view). */
    List<PolicyVersion> changeStatus(List<Long> versionIds, VersionStatus to);

    /**
     * Adopts a version in one transaction: stamps the vote date into the text's history line, marks the
     * version ADOPTED with its outcome, and the previously adopted version SUPERSEDED.
     */
    PolicyVersion adopt(long versionId, LocalDate voteDate, AdoptionOutcome outcome, boolean editorial);

    /** Sets an open draft aside; it stays stored and viewable. */
    PolicyVersion discard(long versionId);

    /** A draft's text and where its editor last was. */
    DraftState openDraft(long versionId);

    /** Saves an open draft's text (autosave and Ctrl+S alike) and the caret; derived rows follow the text. */
    PolicyVersion saveDraft(long versionId, String text, int caret);

    /** Rewrites a PRESSPlus comment of an open draft (or adds it when {@code n} is new). */
    PolicyVersion editComment(long versionId, int n, String wording, Integer issue, YearMonth issued);

    /** The text with a PRESSPlus comment rewritten (or added), for an editor that holds unsaved text. */
    String withComment(String text, int n, String wording, Integer issue, YearMonth issued);

    /** Every status change of every version of the policy, oldest first. */
    List<VersionEvent> events(long policyId);

    /** Reads text as the parser does, for the editor's live preview. */
    PolicyDocument parse(String text);

    /** The inline checks of a draft text against the store. */
    List<DraftFinding> check(String text);

    /** The text as a board publishes it: no status line, PRESSPlus markers or comments. */
    String cleanText(long versionId);

    /**
     * Word-level comparison of two versions of a policy. Null seqs mean the default pair: the latest open
     * draft against the current adopted version (or, without a draft, the latest version against the one
     * before it).
     */
    RedlineReport redline(long policyId, Integer fromSeq, Integer toSeq);

    /** Every CROSS REF in a current text that names a policy the store does not hold. */
    List<ReferenceHit> brokenCrossRefs();

    /** Current texts whose LEGAL REF names this citation ("820 ILCS 55/10"). */
    List<ReferenceHit> cites(String citation);

    /** Every citation in a current LEGAL REF, grouped by statute ("105 ILCS 5", "20 U.S.C.", "Cases"). */
    List<CitedStatute> citationsByStatute();

    /** Current texts whose CROSS REF names this policy. */
    List<ReferenceHit> refersTo(PolicyNumber number);

    /** Policies whose current text holds every word of the query (words match by prefix), best first. */
    List<SearchHit> search(String query, int limit);

    List<IssueSummary> issues();

    /** Every policy touched by the issue, with the version tied to it, its status and comments. */
    List<IssuePolicy> issue(int issue);

    /**
     * Imports a PRESS update issue from files and folders (.txt, .md, .docx): every policy becomes a draft tied
     * to {@code issue}, or to the issue its own comments name when {@code issue} is null.
     */
    IssueImport importIssue(List<Path> paths, Integer issue);
}
