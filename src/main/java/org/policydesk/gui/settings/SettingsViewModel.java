package org.policydesk.gui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.LogFile;
import org.policydesk.model.BackupFile;
import org.policydesk.service.admin.BackupService;
import org.policydesk.service.admin.BackupSettings;
import org.policydesk.service.admin.StoreMaintenance;
import org.policydesk.service.common.SettingsService;

/**
 * The Settings place: the district's name, how many backups to keep, backing up and restoring, and the
 * store's passphrase. Store work runs in the background; what needs the store closed (restore, passphrase)
 * is handed to the app through {@link StoreRestart}, which closes the store and opens it again.
 */
public final class SettingsViewModel {

    /** What only the app can do, because the store must be closed for it and opened again after. */
    public interface StoreRestart {
        /** Asks, then replaces the store with {@code backup} and opens it again. */
        void restore(Path backup);

        /** Closes the store, sets or changes its passphrase ({@code current} null when it has none), opens it again. */
        void changePassphrase(char[] current, char[] next);

        /** Shows a failure as one sentence with "Open log" (ErrorDialog). */
        void showError(String title, Throwable failure);
    }

    private final SettingsService settings;
    private final BackupService backups;
    private final Path dataDirectory;
    private final BackgroundTasks tasks;
    private final StoreRestart restart;

    private final StringProperty districtName = new SimpleStringProperty("");
    private final IntegerProperty backupsToKeep = new SimpleIntegerProperty(10);
    private final ObservableList<BackupFile> backupList = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passphraseProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(SettingsService settings, BackupService backups, Path dataDirectory, BackgroundTasks tasks,
                             StoreRestart restart) {
        this.settings = settings;
        this.backups = backups;
        this.dataDirectory = dataDirectory;
        this.tasks = tasks;
        this.restart = restart;
    }

    private record Loaded(String districtName, int keep, List<BackupFile> backups, boolean encrypted) {
    }

    /** Reads the settings and the backups list. */
    public void refresh() {
        tasks.runQuietly(p -> new Loaded(settings.districtName(), BackupSettings.backupsToKeep(dataDirectory),
                backups.list(), StoreMaintenance.isEncrypted(dataDirectory)), loaded -> {
            districtName.set(loaded.districtName());
            backupsToKeep.set(loaded.keep());
            backupList.setAll(loaded.backups());
            encrypted.set(loaded.encrypted());
        }, failure -> tasks.showFailure("The settings could not be read; the details are in the log."));
    }

    public void saveDistrictName() {
        String name = districtName.get() == null ? "" : districtName.get().strip();
        if (name.isEmpty()) {
            tasks.showMessage("Type the district's name first; it is printed on packets and sheets.");
            return;
        }
        tasks.run("Saving the district name", p -> {
            settings.setDistrictName(name);
            return name;
        }, saved -> tasks.showMessage("The district name is now " + saved + "."), this::failed);
    }

    public void saveBackupsToKeep() {
        int keep = backupsToKeep.get();
        if (keep < 1) {
            tasks.showMessage("PolicyDesk keeps at least one backup.");
            return;
        }
        tasks.run("Saving how many backups to keep", p -> {
            BackupSettings.setBackupsToKeep(dataDirectory, keep);
            return keep;
        }, saved -> tasks.showMessage("PolicyDesk now keeps the newest " + saved + (saved == 1 ? " backup." : " backups.")
                + " Older ones go at the next backup."), this::failed);
    }

    public void backUpNow() {
        busy.set(true);
        tasks.run("Backing up the policy store", p -> {
            BackupFile made = backups.backupNow();
            return new Object[] {made, backups.list()};
        }, done -> {
            busy.set(false);
            @SuppressWarnings("unchecked")
            List<BackupFile> list = (List<BackupFile>) done[1];
            backupList.setAll(list);
            tasks.showMessage("Backed up to " + ((BackupFile) done[0]).file().getFileName() + ".");
        }, failure -> {
            busy.set(false);
            org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("Backup failed", failure);
            restart.showError("The backup could not be made.", failure);
        });
    }

    public void restore(BackupFile backup) {
        if (backup == null) {
            tasks.showMessage("Choose a backup in the list first.");
            return;
        }
        restart.restore(backup.file());
    }

    /**
     * Checks the typed passphrases and hands the change to the app. Returns false (with {@link #passphraseProblemProperty}
     * saying why) when the new one is too short or the two copies differ.
     */
    public boolean changePassphrase(char[] current, char[] next, char[] again) {
        try {
            if (encrypted.get() && (current == null || current.length == 0)) {
                passphraseProblem.set("Type the current passphrase first.");
                return false;
            }
            if (next == null || next.length < 8) {
                passphraseProblem.set("Use a passphrase of at least 8 characters; a short sentence is easy to remember.");
                return false;
            }
            if (!Arrays.equals(next, again)) {
                passphraseProblem.set("The two copies of the new passphrase differ; type them again.");
                return false;
            }
            passphraseProblem.set("");
            restart.changePassphrase(encrypted.get() ? current.clone() : null, next.clone());
            return true;
        } finally {
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    /** The folder holding the log, to open or copy. */
    public Path logFolder() {
        return LogFile.path().getParent();
    }

    private void failed(Throwable failure) {
        org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("A settings change failed", failure);
        restart.showError("The setting was not changed.", failure);
    }

    public StringProperty districtNameProperty() {
        return districtName;
    }

    public IntegerProperty backupsToKeepProperty() {
        return backupsToKeep;
    }

    public ObservableList<BackupFile> backups() {
        return backupList;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseProblemProperty() {
        return passphraseProblem.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
