package org.policydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.Workspace;

@Command(name = "export", description = "Write a policy's exact stored text (UTF-8) to stdout or a file.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Policy number, such as 5:125.")
    String number;

    @Option(names = "--version", paramLabel = "N", description = "Version number (default: the latest).")
    Integer version;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--clean", description = "The text as the board publishes it: no status line, PRESSPlus markers or comments.")
    boolean clean;

    private final RootCommand root;
    private final CliContext context;

    ExportCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PolicyNumber policy = PolicyNumber.tryParse(number)
                .orElseThrow(() -> new CliFailure("\"" + number + "\" is not a policy number (expected a form like 5:125)"));
        byte[] bytes;
        try (Workspace workspace = root.openWorkspace()) {
            String text = workspace.policies().exportText(policy, version)
                    .orElseThrow(() -> notFound(workspace, policy));
            if (clean) {
                text = workspace.library().cleanText(workspace.library().resolve(policy, version, false).id());
            }
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        if (out == null) {
            context.stdout.write(bytes);
            context.stdout.flush();
        } else {
            writeAtomically(out, bytes);
        }
        return PolicyDeskCli.EXIT_OK;
    }

    /** Says whether the policy or only the asked-for version is missing; only run when export found nothing. */
    private CliFailure notFound(Workspace workspace, PolicyNumber policy) {
        return workspace.policies().findPolicy(policy)
                .map(detail -> new CliFailure("policy " + policy + " has no version " + version
                        + " (it has versions 1 to " + detail.summary().latestVersion() + ")"))
                .orElseGet(() -> new CliFailure(
                        "there is no policy " + policy + " in the store at " + workspace.dataDirectory()));
    }

    /** Writes beside the target and moves into place, so a failed write never leaves half a policy behind. */
    static void writeAtomically(Path target, byte[] bytes) {
        try {
            AtomicFileWriter.write(target, bytes, AtomicFileWriter.Overwrite.REPLACE);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + target + ": " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }
}
