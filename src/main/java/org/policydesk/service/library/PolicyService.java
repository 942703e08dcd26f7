package org.policydesk.service.library;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.policydesk.model.ImportOutcome;
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

    /** The exact stored text of a version: the latest when {@code versionSeq} is null. */
    Optional<String> exportText(PolicyNumber number, Integer versionSeq);
}
