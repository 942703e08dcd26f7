package org.policydesk.service;

import java.nio.file.Path;

/**
 * An open PolicyDesk store and the services working on it. The GUI and the CLI each open one and close
 * it when they end; a first open of an empty store loads the sample district.
 */
public interface Workspace extends AutoCloseable {

    Path dataDirectory();

    PolicyService policies();

    /** The policy library (workflow, drafts, redline, issues, references, search); null in test doubles without one. */
    LibraryService library();

    /** Staff rosters, saved mappings and roster checks. */
    RosterService rosters();

    /** Training types, sessions and attendance. */
    TrainingService training();

    /** True when this open loaded the sample district into an empty store. */
    boolean loadedSampleDistrict();

    /** Backups of this store. */
    default BackupService backups() {
        throw new UnsupportedOperationException("this workspace keeps no backups");
    }

    /** The audit trail of this store. */
    default AuditService audit() {
        throw new UnsupportedOperationException("this workspace keeps no audit trail");
    }

    @Override
    void close();
}
