package org.policydesk.service.admin;

import java.nio.file.Path;
import java.util.List;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.BackupFile;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;
import org.policydesk.store.StoreBackups;
import org.policydesk.store.StoreException;

/** {@link BackupService} on an open {@link Database}; each backup is also an audit event. */
public final class DefaultBackupService implements BackupService {
    private final Database database;
    private final AuditTrail audit;

    public DefaultBackupService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public BackupFile backupNow() {
        try {
            BackupFile b = database.backup("manual");
            audit.append(AuditEntry.of("store.backup", AuditSubjects.STORE, "backup").with("file", b.file()));
            return b;
        } catch (StoreException e) {
            throw StoreMaintenance.translate(e);
        }
    }

    @Override
    public void backupTo(Path file) {
        try {
            database.backupTo(file);
            audit.append(AuditEntry.of("store.backup", AuditSubjects.STORE, "backup")
                    .with("file", file.toAbsolutePath()));
        } catch (StoreException e) {
            throw StoreMaintenance.translate(e);
        }
    }

    @Override
    public List<BackupFile> list() {
        return StoreBackups.backups(database.directory());
    }
}
