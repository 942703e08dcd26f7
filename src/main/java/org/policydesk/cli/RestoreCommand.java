package org.policydesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.BackupFile;
import org.policydesk.service.admin.StoreMaintenance;

@Command(name = "restore", description = {"Replace the store with a backup. The store must not be open elsewhere;",
        "the store it replaces is kept in the backups folder."})
final class RestoreCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "The backup (.zip) to restore.")
        Path file;

        @Option(names = "--latest", description = "Restore the newest backup in the backups folder that opens.")
        boolean latest;
    }

    private final RootCommand root;
    private final CliContext context;

    RestoreCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dir = root.dataDirectory();
        char[] passphrase = root.passphrase();
        String from;
        if (source.latest) {
            Optional<BackupFile> restored = StoreMaintenance.restoreLatest(dir, passphrase);
            if (restored.isEmpty()) {
                throw new CliFailure("there are no backups in " + dir.resolve("backups"));
            }
            from = restored.get().file().toString();
        } else {
            StoreMaintenance.restore(dir, source.file, passphrase);
            from = source.file.toAbsolutePath().normalize().toString();
        }
        context.out.println("Restored the store at " + dir + " from " + from + ".");
        return PolicyDeskCli.EXIT_OK;
    }
}
