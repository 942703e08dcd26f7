package org.policydesk.service.admin;

import java.nio.file.Path;
import java.util.List;

import org.policydesk.model.BackupFile;

/** Backups of the open store. Restoring needs the store closed: see {@link StoreMaintenance}. May block. */
public interface BackupService {

    /** A backup into the data folder's backups folder, rotated with the automatic ones. */
    BackupFile backupNow();

    /** A backup to a file of the user's choosing, replacing it if it exists (the app asks first). */
    void backupTo(Path file);

    /** The backups in the backups folder, newest first. */
    List<BackupFile> list();
}
