package org.policydesk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --out FILE}, optional: where a command writes instead of stdout. Add with {@code @Mixin StdoutOrFileOption target;}. */
final class StdoutOrFileOption {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;
}
