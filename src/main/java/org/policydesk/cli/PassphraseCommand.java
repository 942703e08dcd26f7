package org.policydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.policydesk.service.admin.StoreMaintenance;

@Command(name = "passphrase", description = {"Encrypt the store, change its passphrase, or remove encryption.",
        "The current passphrase comes from --passphrase-file or $POLICYDESK_PASSPHRASE; backups are re-encrypted too.",
        "The store must not be open elsewhere."})
final class PassphraseCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Change change;

    static final class Change {
        @Option(names = "--new-passphrase-file", paramLabel = "FILE",
                description = "Read the new passphrase from the first line of FILE.")
        Path newFile;

        @Option(names = "--remove", description = "Remove encryption (the store and its backups become readable).")
        boolean remove;
    }

    private final RootCommand root;
    private final CliContext context;

    PassphraseCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        Path dir = root.dataDirectory();
        char[] next = change.remove ? null : Passphrases.fromFile(change.newFile);
        boolean wasEncrypted = StoreMaintenance.isEncrypted(dir);
        if (!wasEncrypted && next == null) {
            throw new CliFailure("the store at " + dir + " is not encrypted");
        }
        int left = StoreMaintenance.changePassphrase(dir, root.passphrase(), next);
        context.out.println(next == null ? "The store at " + dir + " is no longer encrypted."
                : wasEncrypted ? "Changed the passphrase of the store at " + dir + "."
                : "The store at " + dir + " is now encrypted.");
        if (left > 0) {
            context.err.println("policydesk: " + left + " backup" + (left == 1 ? " was" : "s were")
                    + " left with the encryption they had (another passphrase, or damaged)");
        }
        return PolicyDeskCli.EXIT_OK;
    }
}
