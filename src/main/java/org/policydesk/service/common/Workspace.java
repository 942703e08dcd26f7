package org.policydesk.service.common;

import java.nio.file.Path;

import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.admin.AuditService;
import org.policydesk.service.admin.BackupService;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.PolicyService;
import org.policydesk.service.packet.PacketService;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/**
 * An open PolicyDesk store and the services working on it. The GUI and the CLI each open one and close
 * it when they end; a first open of an empty store loads the sample district.
 */
public interface Workspace extends AutoCloseable {

    Path dataDirectory();

    PolicyService policies();

    /** The policy library (workflow, drafts, redline, issues, references, search); null in test doubles without one. */
    LibraryService library();

    SettingsService settings();

    /** Board-review packets. */
    PacketService packets();
    /** Staff rosters, saved mappings and roster checks. */
    RosterService rosters();

    /** Training types, sessions and attendance. */
    TrainingService training();

    /** Acknowledgment sheets, returned sheets, the kiosk; null in test doubles without one. */
    default AcknowledgmentService acknowledgments() {
        return null;
    }

    /** Signing exported PDFs and verifying signed ones; null in test doubles without one. */
    default PdfSigningService signing() {
        return null;
    }

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
