package org.policydesk.cli;

import picocli.CommandLine.Option;

/** {@code --json}: the result as JSON instead of text. Add to a command with {@code @Mixin JsonOption output;}. */
final class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
}
