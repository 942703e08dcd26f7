package org.policydesk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --out FILE}, required: the PDF a command writes. Add with {@code @Mixin PdfOutOption pdf;}. */
final class PdfOutOption {

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF to write.")
    Path out;
}
