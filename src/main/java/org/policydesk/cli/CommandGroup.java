package org.policydesk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only holds subcommands ({@code roster}, {@code training}, {@code ack}): alone, it prints its usage. */
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    CommandGroup(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        spec.commandLine().usage(context.err);
        return PolicyDeskCli.EXIT_USAGE;
    }
}
