package org.policydesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.ImportOutcome;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.library.ImportException;

@Command(name = "import", description = "Import policy text files; the same text twice adds no version.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PRESS policy text files (.txt).")
    List<String> files;

    @Option(names = "--json", description = "Print what was read from each file as a JSON array.")
    boolean json;

    private final RootCommand root;
    private final CliContext context;

    ImportCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Json.Imported> imported = new ArrayList<>();
        int failures = 0;
        try (Workspace workspace = root.openWorkspaceForChanges()) {
            for (String file : files) {
                try {
                    ImportOutcome outcome = workspace.policies().importFile(Path.of(file));
                    imported.add(Json.Imported.of(file, outcome));
                    if (!json) {
                        context.out.println(describe(file, outcome));
                    }
                } catch (ImportException | InvalidPathException e) {
                    failures++;
                    String problem = e instanceof ImportException ie ? ie.problem() : "is not a valid file name";
                    LoggerFactory.getLogger(ImportCommand.class).info("Cannot import {}", file, e);
                    context.err.println("policydesk: cannot import " + file + ": " + problem);
                }
            }
        }
        if (json) {
            context.out.println(Json.GSON.toJson(imported));
        }
        return failures == 0 ? PolicyDeskCli.EXIT_OK : PolicyDeskCli.EXIT_FAILURE;
    }

    private static String describe(String file, ImportOutcome o) {
        String policy = o.document().number() == null ? "an unnumbered text" : o.document().number().toString();
        String what = o.duplicate() ? "already stored as " : "imported as ";
        String warnings = o.warnings().isEmpty() ? "" : " (" + o.warnings().size() + " warning"
                + (o.warnings().size() == 1 ? "" : "s") + ")";
        return file + ": " + what + policy + " version " + o.version().seq() + ", "
                + o.version().status().label() + warnings;
    }
}
