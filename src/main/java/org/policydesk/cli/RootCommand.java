package org.policydesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.policydesk.service.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "policydesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Board policy texts (IASB PRESS) in a local store. Run without arguments for the window.",
        footer = {"", "The store lives in --db DIR, else $POLICYDESK_HOME, else the platform's application-data folder."})
final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "Data folder holding the store.")
    Path db;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    RootCommand(CliContext context) {
        this.context = context;
    }

    Workspace openWorkspace() {
        return context.openWorkspace(db);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.err);
        return PolicyDeskCli.EXIT_USAGE;
    }
}
