package org.policydesk.gui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.policydesk.model.BackupFile;
import org.policydesk.service.admin.StoreMaintenance;
import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Opens the workspace the window works on; called off the FX thread, after the window shows. Besides the
 * plain {@link #open()}, an opener on a real store can take a passphrase, restore the latest backup and
 * move to another folder: what the start-up screen offers when the store is encrypted, damaged or locked.
 */
@FunctionalInterface
public interface WorkspaceOpener {

    Workspace open() throws Exception;

    /** Opens with the store's passphrase (null when it has none). */
    default Workspace open(char[] passphrase) throws Exception {
        return open();
    }

    /** True when {@link #restoreLatestBackup} and {@link #inFolder} can be offered. */
    default boolean canRecover() {
        return false;
    }

    /** Restores the newest backup that opens; empty when there are none. */
    default Optional<BackupFile> restoreLatestBackup(char[] passphrase) {
        throw new UnsupportedOperationException("this opener cannot restore backups");
    }

    /** Replaces the (closed) store with {@code backup}; the replaced store is kept as a backup. */
    default void restore(Path backup, char[] passphrase) {
        throw new UnsupportedOperationException("this opener cannot restore backups");
    }

    /** The same kind of opener on another data folder. */
    default WorkspaceOpener inFolder(Path folder) {
        throw new UnsupportedOperationException("this opener cannot open another folder");
    }

    /** The data folder, when known. */
    default Path dataDirectory() {
        return null;
    }

    /** The real store, in the folder named by {@code --db DIR} (or {@code --db=DIR}) or the default one. */
    static WorkspaceOpener standard(List<String> args) {
        String override = dbOverride(args);
        return forFolder(DataDirectory.ofSystem().resolve(override == null ? null : Path.of(override)));
    }

    /** The real store in {@code folder}; the window takes a backup when it opens an existing store. */
    static WorkspaceOpener forFolder(Path folder) {
        return new StoreOpener(folder);
    }

    /** The value of {@code --db}, or null when not given. */
    static String dbOverride(List<String> args) {
        return option(args, "--db");
    }

    /** The value of an option given as {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** An opener on a real data folder. */
    record StoreOpener(Path folder) implements WorkspaceOpener {
        @Override
        public Workspace open() {
            return open(null);
        }

        @Override
        public Workspace open(char[] passphrase) {
            return Workspaces.open(folder, new OpenOptions(passphrase, true));
        }

        @Override
        public boolean canRecover() {
            return true;
        }

        @Override
        public Optional<BackupFile> restoreLatestBackup(char[] passphrase) {
            return StoreMaintenance.restoreLatest(folder, passphrase);
        }

        @Override
        public void restore(Path backup, char[] passphrase) {
            StoreMaintenance.restore(folder, backup, passphrase);
        }

        @Override
        public WorkspaceOpener inFolder(Path other) {
            return new StoreOpener(other);
        }

        @Override
        public Path dataDirectory() {
            return folder;
        }
    }
}
