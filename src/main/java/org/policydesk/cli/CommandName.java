package org.policydesk.cli;

import java.util.Set;

/** The command that arguments name, read before picocli parses them: the first word after the root's options. */
final class CommandName {

    /** The root command's options that take a value (see {@link RootCommand}). */
    private static final Set<String> ROOT_OPTIONS = Set.of("--db", "--passphrase-file");

    private CommandName() {
    }

    /** The command's name, or null when the arguments hold none or something else comes before it. */
    static String in(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return arg;
            }
            int equals = arg.indexOf('=');
            if (!ROOT_OPTIONS.contains(equals < 0 ? arg : arg.substring(0, equals))) {
                return null;
            }
            if (equals < 0) {
                i++;
            }
        }
        return null;
    }
}
