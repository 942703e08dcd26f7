package org.policydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;

@Command(name = "policydesk", versionProvider = VersionProvider.class,
        description = "Board policy texts (IASB PRESS) in a local store. Run without arguments for the window.",
        footer = {"", "The store lives in --db DIR, else $POLICYDESK_HOME, else the platform's application-data folder.",
                "An encrypted store needs --passphrase-file FILE or $POLICYDESK_PASSPHRASE."})
final class RootCommand implements Callable<Integer> {

    // Not mixinStandardHelpOptions: its --help stays on the root, so "packet --help" failed on a missing option.
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = "--db", paramLabel = "DIR", description = "Data folder holding the store.")
    Path db;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the store's passphrase from the first line of FILE (else $" + Passphrases.VARIABLE + ").")
    Path passphraseFile;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** Opens the store for reading: no start backup. */
    Workspace openWorkspace() {
        return context.openWorkspace(db, OpenOptions.plain().withPassphrase(passphrase()));
    }

    /** Opens the store for a command that changes it: an automatic backup first. */
    Workspace openWorkspaceForChanges() {
        return context.openWorkspace(db, new OpenOptions(passphrase(), true));
    }

    Path dataDirectory() {
        return context.dataDirectory(db);
    }

    /** The passphrase from {@code --passphrase-file} or the environment, or null. */
    char[] passphrase() {
        return Passphrases.read(passphraseFile, context.env);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err);
        return PolicyDeskCli.EXIT_USAGE;
    }
}
