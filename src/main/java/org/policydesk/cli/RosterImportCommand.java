package org.policydesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterImportResult;
import org.policydesk.model.RosterPreset;
import org.policydesk.model.RosterPreview;
import org.policydesk.model.RowProblem;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.service.roster.RosterLayouts;
import org.policydesk.service.common.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster import}, {@code roster presets} and {@code roster fields}. */
final class RosterImportCommand {

    private RosterImportCommand() {
    }

    @Command(name = "import", description = "Import a staff roster (CSV, TSV, ;- or |-separated, headerless .dat,"
            + " XLSX) from any HR or SIS export: the layout is recognised (roster presets) or guessed from headers and"
            + " contents. Adds new staff, updates changed staff and, unless --partial, marks staff the file does not"
            + " list as departed. With bad rows it writes nothing unless --accept-valid-rows.")
    static final class Import extends StoreCommand {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--preset", paramLabel = "NAME", description = "Read the file as this vendor layout"
                + " (see roster presets).")
        String preset;
        @Option(names = "--no-header", description = "The first row is a person, not column names.")
        boolean noHeader;
        @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Say which column holds a field: COLUMN"
                + " is a header name or a 1-based number; FIELD is one of roster fields, or none. Repeatable.")
        List<String> map = new ArrayList<>();
        @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook sheet to read (default: the first).")
        String sheet;
        @Option(names = "--delimiter", paramLabel = "C", description = "The field separator: , ; | or tab"
                + " (default: detect).")
        String delimiter;
        @Option(names = "--mapping", paramLabel = "NAME", description = "Use a saved column mapping.")
        String mapping;
        @Option(names = "--save-mapping", paramLabel = "NAME",
                description = "Save the mapping used (guessed or given) under NAME.")
        String saveMapping;
        @Option(names = "--encoding", paramLabel = "NAME", description = "UTF-8 or windows-1252; default: detect.")
        String encoding;
        @Option(names = "--partial", description = "The file lists only some staff: nobody is marked departed.")
        boolean partial;
        @Option(names = "--dry-run", description = "Only report; write nothing.")
        boolean dryRun;
        @Option(names = "--accept-valid-rows", description = "Write the good rows even when some rows are bad.")
        boolean acceptValidRows;
        @Option(names = "--json", description = "Print one JSON object, on failure too: counts, every error, and the"
                + " layout with each column's field and confidence.")
        boolean json;

        @Override
        public Integer call() {
            if (!json) {
                return run();
            }
            try {
                return run();
            } catch (CliFailure e) {
                context.out.println(Json.GSON.toJson(RosterImportJson.failure(file.toString(), e.getMessage(),
                        e.getCause() instanceof RosterException r ? r.layout() : null)));
                context.err.println("policydesk: " + e.getMessage());
                return PolicyDeskCli.EXIT_FAILURE;
            } catch (RuntimeException e) {
                context.out.println(Json.GSON.toJson(RosterImportJson.failure(file.toString(),
                        String.valueOf(e.getMessage()), null)));
                throw e;
            }
        }

        private int run() {
            RosterImportOptions options = new RosterImportOptions(mapping, null, encoding, separator(), !partial)
                    .layout(preset, noHeader ? Boolean.FALSE : null, map).source(sheet, separator());
            try (Workspace workspace = openWorkspace()) {
                RosterPreview preview;
                try {
                    preview = workspace.rosters().preview(file, options);
                } catch (RosterException e) {
                    CliFailure failure = new CliFailure("cannot import " + file + ": " + e.getMessage());
                    failure.initCause(e);
                    throw failure;
                }
                if (saveMapping != null) {
                    workspace.rosters().saveMapping(preview.mapping().named(saveMapping));
                }
                boolean write = !dryRun && (!preview.hasProblems() || acceptValidRows);
                RosterImportResult result = null;
                if (write) {
                    try {
                        result = workspace.rosters().apply(preview, acceptValidRows);
                    } catch (RosterException e) {
                        throw new CliFailure(e.getMessage());
                    }
                }
                boolean refused = !dryRun && result == null;
                if (json) {
                    context.out.println(Json.GSON.toJson(RosterImportJson.of(file.toString(), preview, dryRun,
                            result != null, refused ? preview.sourceName() + " has " + preview.problems().size()
                                    + " bad rows; nothing was written" : null)));
                } else {
                    print(preview, result);
                }
                if (refused) {
                    context.err.println("policydesk: " + file + " has " + preview.problems().size() + " bad row"
                            + (preview.problems().size() == 1 ? "" : "s")
                            + "; nothing was written (fix them, or use --accept-valid-rows)");
                    return PolicyDeskCli.EXIT_FAILURE;
                }
                return PolicyDeskCli.EXIT_OK;
            }
        }

        private Character separator() {
            if (delimiter == null) {
                return null;
            }
            String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (d.length() != 1) {
                throw new CliFailure("--delimiter takes one character (, ; | or tab), not \"" + delimiter + "\"");
            }
            return d.charAt(0);
        }

        private void print(RosterPreview p, RosterImportResult result) {
            var out = context.out;
            LayoutGuess layout = p.layout();
            out.printf("%s: %s, %s%s, %s%n", p.sourceName(), p.format(),
                    p.encoding() == null ? "workbook" : p.encoding(), p.encodingDetected() ? " (detected)" : "",
                    describe(p));
            if (layout != null) {
                for (LayoutGuess.ColumnGuess c : layout.columns()) {
                    if (c.field() != null) {
                        out.printf("  column %s → %s (%.2f, %s)%n", c.describe(), c.field().key(), c.confidence(),
                                c.reason());
                    }
                }
            }
            out.printf("%d rows: %d new, %d changed, %d unchanged, %d departed, %d duplicates, %d errors%n",
                    p.dataRows(), p.newStaff().size(), p.changed().size(), p.unchanged(), p.departed().size(),
                    p.duplicateCount(), p.problems().size());
            out.printf("%d people in %d buildings, %d inactive%n", p.people(), p.buildings(), p.inactive());
            p.changed().forEach(c -> out.println("  changed " + c.after().employeeNo() + " " + c.after().displayName()
                    + ": " + String.join("; ", c.differences())));
            p.departed().forEach(e -> out.println("  departed " + e.employeeNo() + " " + e.displayName()));
            p.duplicates().forEach(d -> out.println("  duplicate: " + d));
            p.notes().forEach(n -> out.println("  note " + n));
            if (!p.newBuildings().isEmpty()) {
                out.println("  new buildings: " + String.join(", ", p.newBuildings()));
            }
            for (RowProblem problem : p.problems()) {
                out.println("  error " + problem);
            }
            if (result != null) {
                out.println("Written" + (result.skippedRows() > 0 ? " (" + result.skippedRows() + " bad rows left out)"
                        : "") + ".");
            } else if (dryRun) {
                out.println("Dry run: nothing written.");
            }
        }

        private static String describe(RosterPreview p) {
            LayoutGuess layout = p.layout();
            String how = p.mapping().name() != null ? "mapping \"" + p.mapping().name() + "\""
                    : layout != null && layout.presetName() != null ? "preset " + layout.presetName()
                    : "layout guessed from " + (p.mapping().hasHeader() ? "the header and contents" : "the contents");
            return how + (layout == null ? "" : String.format(Locale.ROOT, " (confidence %.2f)", layout.confidence()));
        }
    }

    @Command(name = "presets", description = "List the built-in vendor layouts roster import recognises."
            + " Changes nothing.")
    static final class Presets extends StoreCommand {
        @Override
        public Integer call() {
            for (RosterPreset p : RosterLayouts.presets()) {
                context.out.printf("%-34s %s%s%n", p.name(), p.label(), p.positional() ? " (no header)" : "");
                context.out.printf("%-34s %s%n", "", String.join(", ", p.columns().stream()
                        .map(c -> c.header() + (c.secret() ? " (never read)" : c.field() == null ? ""
                                : "=" + c.field().key())).toList()));
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "fields", description = "List the fields --map can name. Changes nothing.")
    static final class Fields extends StoreCommand {
        @Override
        public Integer call() {
            for (RosterField f : RosterLayouts.fields()) {
                context.out.printf("%-12s %s%n", f.key(), f.label());
            }
            context.out.printf("%-12s %s%n", "none", "Leave the column unread");
            return PolicyDeskCli.EXIT_OK;
        }
    }
}
