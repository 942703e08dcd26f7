package org.policydesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.PolicyImport;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.RecognisedPolicy;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.library.ImportException;

@Command(name = "import", description = "Import policy files (PRESS text, Word, PDF, saved web pages); a manual gives"
        + " one policy each; the same text twice adds no version.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".txt, .md, .docx, .pdf, .html or .htm files.")
    List<String> files;

    @Mixin
    JsonOption output;

    @Option(names = "--number", description = "The policy's number, instead of the recognised one (one file, one policy).")
    String number;

    @Option(names = "--title", description = "The policy's title, instead of the recognised one (one file, one policy).")
    String title;

    @Option(names = "--section", description = "The policy's section, instead of the recognised one (one file, one policy).")
    String section;

    private final RootCommand root;
    private final CliContext context;

    ImportCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean overriding = number != null || title != null || section != null;
        PolicyNumber given = null;
        if (number != null) {
            given = PolicyNumber.tryParse(number.replace('-', ':')).orElse(null);
            if (given == null) {
                context.err.println("policydesk: --number \"" + number + "\" is not a policy number (like 5:260)");
                return PolicyDeskCli.EXIT_USAGE;
            }
        }
        if (overriding && files.size() > 1) {
            context.err.println("policydesk: --number, --title and --section apply to one file; " + files.size()
                    + " were given");
            return PolicyDeskCli.EXIT_USAGE;
        }
        List<Json.ImportedPolicy> imported = new ArrayList<>();
        int failures = 0;
        try (Workspace workspace = root.openWorkspaceForChanges()) {
            for (String file : files) {
                try {
                    Path path = Path.of(file);
                    List<RecognisedPolicy> policies = workspace.policies().recognise(path);
                    if (overriding) {
                        if (policies.size() != 1) {
                            throw new ImportException(path, "holds " + policies.size() + " policies; --number,"
                                    + " --title and --section apply to a file with one policy");
                        }
                        policies = List.of(policies.get(0).confirmed(given, title, section));
                    }
                    // Without a person to ask, a text with no policy number would become a permanent unnamed entry.
                    if (policies.isEmpty() || policies.stream().anyMatch(p -> p.document().number() == null)) {
                        throw new ImportException(path, "no policy number was found in it, so nothing was stored;"
                                + " if it is a policy, name it with --number NUMBER (like 5:260)");
                    }
                    for (PolicyImport done : workspace.policies().store(path, policies)) {
                        imported.add(Json.ImportedPolicy.of(file, done));
                        if (!output.json) {
                            context.out.println(describe(file, done));
                        }
                    }
                } catch (ImportException | InvalidPathException e) {
                    failures++;
                    String problem = e instanceof ImportException ie ? ie.problem() : "is not a valid file name";
                    LoggerFactory.getLogger(ImportCommand.class).info("Cannot import {}", file, e);
                    context.err.println("policydesk: cannot import " + file + ": " + problem);
                }
            }
        }
        if (output.json) {
            context.out.println(Json.GSON.toJson(imported));
        }
        return failures == 0 ? PolicyDeskCli.EXIT_OK : PolicyDeskCli.EXIT_FAILURE;
    }

    private static String describe(String file, PolicyImport o) {
        String policy = o.document().number() == null ? "an unnumbered text" : o.document().number().toString();
        String what = o.duplicate() ? "already stored as " : "imported as ";
        String pages = o.recognised().source().hasPages() ? " (" + o.recognised().source().toString()
                .substring(o.recognised().source().file().length() + 2) + ")" : "";
        int warnings = o.document().warnings().size();
        return file + pages + ": " + what + policy + " version " + o.version().seq() + ", "
                + o.version().status().label() + (o.version().needsReview() ? ", needs review" : "")
                + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
    }
}
