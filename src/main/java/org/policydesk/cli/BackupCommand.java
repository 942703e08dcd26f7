package org.policydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.policydesk.model.BackupFile;
import org.policydesk.service.admin.BackupSettings;
import org.policydesk.service.common.Workspace;

@Command(name = "backup", description = {"Back up the store (a .zip; encrypted if the store is).",
        "Without --out the backup goes to the backups folder beside the store, where the newest are kept."})
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to FILE instead.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--keep", paramLabel = "N",
            description = "From now on keep the N newest backups in the backups folder (a setting of this store).")
    Integer keep;

    private final RootCommand root;
    private final CliContext context;

    BackupCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        if (keep != null) {
            if (keep < 1) {
                throw new CliFailure("--keep must be at least 1");
            }
            try {
                BackupSettings.setBackupsToKeep(root.dataDirectory(), keep);
            } catch (IOException e) {
                throw new CliFailure("cannot save the setting in " + root.dataDirectory() + ": " + e.getMessage());
            }
        }
        if (out != null && Files.exists(out) && !force) {
            throw new CliFailure(out + " already exists; choose another name or add --force to replace it");
        }
        try (Workspace workspace = root.openWorkspace()) {
            if (out != null) {
                workspace.backups().backupTo(out);
                context.out.println("Backed up the store to " + out.toAbsolutePath().normalize()
                        + " (" + size(out) + ").");
            } else {
                BackupFile b = workspace.backups().backupNow();
                context.out.println("Backed up the store to " + b.file() + " (" + kb(b.bytes()) + ").");
            }
        }
        return PolicyDeskCli.EXIT_OK;
    }

    private static String size(Path file) {
        try {
            return kb(Files.size(file));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }
}
