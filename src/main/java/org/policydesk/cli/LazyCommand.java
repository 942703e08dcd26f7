package org.policydesk.cli;

import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command of the command line, known by its class and built only when it is added. picocli reads every
 * option of a command when it builds its model; for all 40 commands that was a tenth of a second of each
 * start, and a run needs one of them (decision 0084).
 */
record LazyCommand(Class<?> type, Supplier<CommandLine> make) {

    /** A plain command object, built by {@code make}. */
    static LazyCommand of(Class<?> type, Supplier<Object> make) {
        return new LazyCommand(type, () -> new CommandLine(make.get()));
    }

    /** The name the command is called by, from its {@code @Command} annotation. */
    String name() {
        return type.getAnnotation(Command.class).name();
    }
}
