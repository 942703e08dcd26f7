package org.policydesk.cli;

import java.util.concurrent.Callable;

import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;

/**
 * Base of the commands that work on the store. The root command's store options ({@code --db},
 * {@code --passphrase-file}) and the output are given once, when the command is registered:
 * {@code cli.addSubcommand(new Adopt().on(root, context))}; so no command repeats a constructor for them.
 * A service's refusal thrown from {@link #withWorkspace} is printed as one line by {@link PolicyDeskCli}.
 */
abstract class StoreCommand implements Callable<Integer> {

    private RootCommand root;
    /** Where the command's output goes; set by {@link #on}. */
    CliContext context;

    /** Gives this command the root's store options and the output; returns it, to be registered. */
    final StoreCommand on(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
        return this;
    }

    /** Opens the store for reading: no start backup. The caller closes it. */
    final Workspace openWorkspace() {
        return root.openWorkspace();
    }

    /** What a command does with the open store; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(Workspace workspace) throws Exception;
    }

    /** Opens the store for reading (no start backup), runs {@code work} on it and closes it. */
    final int withWorkspace(Work work) throws Exception {
        try (Workspace workspace = openWorkspace()) {
            return work.run(workspace);
        }
    }

    /** A policy number as typed, such as 5:125; anything else is a one-line failure. */
    static PolicyNumber policyNumber(String text) {
        return PolicyNumber.tryParse(text).orElseThrow(() -> new CliFailure(
                "\"" + text + "\" is not a policy number (expected a form like 5:125)"));
    }
}
