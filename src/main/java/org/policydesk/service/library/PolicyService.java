package org.policydesk.service.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policydesk.model.ImportOutcome;
import org.policydesk.model.OriginalFile;
import org.policydesk.model.PolicyImport;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.PolicySource;

/** Use cases on policies and their versions, shared by the GUI and the CLI. All calls may block: never call on the FX thread. */
public interface PolicyService extends PolicySource {

    /**
     * Lower-cased number, title, section and latest text per policy id, for filtering as the user types
     * without a database round trip per keystroke.
     */
    Map<Long, String> searchableText();

    /**
     * Imports one policy text. The same text imported again adds no version and reports a duplicate.
     *
     * @param sourceName the file name shown in reports and stored with the version
     */
    ImportOutcome importText(String sourceName, String text);

    /** Reads a file (UTF-8, with or without BOM; Windows-1252 as a fallback with a warning) and imports it. */
    ImportOutcome importFile(Path file) throws ImportException;

    /**
     * Reads a policy file of any kind (.txt, .md, .docx, .pdf, .html, .htm) and recognises the policies in it, each
     * with confidences for its number, title and section. Stores nothing: the window shows doubtful ones first.
     */
    List<RecognisedPolicy> recognise(Path file) throws ImportException;

    /**
     * Stores policies recognised from {@code file}, the file kept as their original (once). A policy in doubt
     * (see {@link RecognisedPolicy#needsReview()}) is stored as a draft marked "needs review". One transaction per
     * policy; a file that fails to read again stores nothing.
     */
    List<PolicyImport> store(Path file, List<RecognisedPolicy> policies) throws ImportException;

    /** The file a version was imported from, when it was kept (imports before issue 17 have none). */
    Optional<OriginalFile> original(long versionId);

    /** A person confirmed or typed an import's number, title and section: sets them and clears the mark. */
    void confirmImport(long policyId, long versionId, PolicyNumber number, String title, String section);

    /** Withdraws an imported policy that was never adopted; refused (WorkflowException) for adopted ones. */
    void withdrawImport(long policyId, String reason);

    /** The exact stored text of a version: the latest when {@code versionSeq} is null. */
    Optional<String> exportText(PolicyNumber number, Integer versionSeq);
}
