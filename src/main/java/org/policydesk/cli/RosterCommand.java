package org.policydesk.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.ColumnMapping;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.RosterReports;

@Command(name = "roster", description = "Staff rosters: import HR/SIS exports, run roster checks.")
final class RosterCommand extends CommandGroup {

    RosterCommand(CliContext context) {
        super(context);
    }

    @Command(name = "mappings", description = "List the saved column mappings.")
    static final class Mappings extends StoreCommand {
        @Override
        public Integer call() {
            try (Workspace workspace = openWorkspace()) {
                for (String name : workspace.rosters().mappingNames()) {
                    ColumnMapping m = workspace.rosters().mapping(name).orElseThrow();
                    context.out.println(name + ": " + m.columns().stream()
                            .map(c -> c.field().name().toLowerCase(Locale.ROOT) + "="
                                    + (c.header() != null ? c.header() : "column " + (c.index() + 1)))
                            .reduce((a, b) -> a + ", " + b).orElse("(no columns)"));
                }
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }

    @Command(name = "check", description = "Who has not acknowledged a policy's current adopted version, or missed a"
            + " training, as of a date.")
    static final class Check extends StoreCommand {

        static final class Subject {
            @Option(names = "--policy", paramLabel = "NUMBER", required = true)
            String policy;
            @Option(names = "--training", paramLabel = "NAME", required = true)
            String training;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Subject subject;
        @Option(names = "--building", paramLabel = "CODE")
        String building;
        @Option(names = "--as-of", paramLabel = "DATE", description = "YYYY-MM-DD; default today.")
        String asOf;
        @Option(names = "--grace-days", paramLabel = "N", defaultValue = "30",
                description = "Days a new hire has to acknowledge a policy (default ${DEFAULT-VALUE}).")
        int graceDays;
        @Option(names = "--position", paramLabel = "TEXT", description = "Only staff whose position contains TEXT.")
        String position;
        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Rows to list: done, in_grace, missing, overdue (default: all but done).")
        List<String> statuses;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, csv, json or pdf (default ${DEFAULT-VALUE}); pdf needs --out.")
        String format;
        @Mixin
        StdoutOrFileOption target;
        @Mixin
        SigningOptions signing;

        @Override
        public Integer call() {
            CheckSubject what;
            if (subject.policy != null) {
                what = new CheckSubject.Policy(PolicyNumber.tryParse(subject.policy).orElseThrow(() ->
                        new CliFailure("\"" + subject.policy + "\" is not a policy number (expected a form like 5:125)")));
            } else {
                what = new CheckSubject.Training(subject.training);
            }
            LocalDate date = asOf == null ? LocalDate.now() : CliDates.parse("--as-of", asOf);
            Set<CheckStatus> wanted = parseStatuses();
            String fmt = format.toLowerCase(Locale.ROOT);
            if (!List.of("table", "csv", "json", "pdf").contains(fmt)) {
                throw new CliFailure("--format " + format + " is not supported (use table, csv, json or pdf)");
            }
            if (fmt.equals("pdf") && target.out == null) {
                throw new CliFailure("--format pdf needs --out FILE.pdf (a PDF is not printed to the terminal)");
            }
            SigningKey key = signing.key();
            if (key != null && !fmt.equals("pdf")) {
                throw new CliFailure("--sign goes with --format pdf");
            }
            CheckResult result;
            String text;
            try (Workspace workspace = openWorkspace()) {
                try {
                    result = workspace.rosters().check(new CheckRequest(what, date, building, graceDays));
                } catch (RosterException e) {
                    throw new CliFailure(e.getMessage());
                }
                List<CheckRow> rows = result.rows().stream()
                        .filter(r -> wanted.contains(r.status()))
                        .filter(r -> position == null || r.position() != null
                                && r.position().toLowerCase(Locale.ROOT).contains(position.toLowerCase(Locale.ROOT)))
                        .toList();
                if (fmt.equals("pdf")) {
                    return writePdf(workspace, result, rows, wanted, key);
                }
                if (fmt.equals("csv")) {
                    StringWriter w = new StringWriter();
                    workspace.rosters().writeCsv(rows, w);
                    text = w.toString();
                } else if (fmt.equals("json")) {
                    text = Json.GSON.toJson(Json.RosterCheck.of(result, rows)) + System.lineSeparator();
                } else {
                    text = table(result, rows);
                }
            }
            if (target.out == null) {
                context.out.print(text);
                context.out.flush();
            } else {
                ExportCommand.writeAtomically(target.out, text.getBytes(StandardCharsets.UTF_8));
            }
            return PolicyDeskCli.EXIT_OK;
        }

        private int writePdf(Workspace workspace, CheckResult result, List<CheckRow> rows, Set<CheckStatus> wanted,
                             SigningKey key) {
            RosterReports.Written w;
            try {
                w = RosterReports.of(workspace).writePdf(result, rows, RosterReports.parameters(result, position,
                        wanted), target.out, key, AtomicFileWriter.Overwrite.REPLACE);
            } catch (RosterException | SigningException e) {
                throw new CliFailure(e.getMessage());
            }
            context.out.println("Wrote " + target.out + ": "
                    + org.policydesk.model.Counted.of(result.tallies().size(), "building", "buildings") + ", "
                    + org.policydesk.model.Counted.people(w.rows()) + " listed, "
                    + org.policydesk.model.Counted.pages(w.pages()) + (w.signed() ? ", signed" : ""));
            return PolicyDeskCli.EXIT_OK;
        }

        private Set<CheckStatus> parseStatuses() {
            if (statuses == null || statuses.isEmpty()) {
                return EnumSet.complementOf(EnumSet.of(CheckStatus.DONE));
            }
            Set<CheckStatus> set = EnumSet.noneOf(CheckStatus.class);
            for (String s : statuses) {
                try {
                    set.add(CheckStatus.valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure("--status " + s + " is not one of done, in_grace, missing, overdue");
                }
            }
            return set;
        }

        private static String table(CheckResult r, List<CheckRow> rows) {
            StringBuilder sb = new StringBuilder();
            String nl = System.lineSeparator();
            sb.append("Roster check: ").append(r.subjectLabel()).append(", as of ").append(r.asOf()).append(nl);
            sb.append(String.format("%-10s %-28s %6s %6s %8s %8s %8s%n", "building", "name", "staff", "done",
                    "in grace", "missing", "overdue"));
            List<BuildingTally> all = new ArrayList<>(r.tallies());
            all.add(r.total());
            for (BuildingTally t : all) {
                sb.append(String.format("%-10s %-28s %6d %6d %8d %8d %8d%n", t.buildingCode(),
                        cut(t.buildingName(), 28), t.staff(), t.done(), t.inGrace(), t.missing(), t.overdue()));
            }
            sb.append(nl);
            for (CheckRow row : rows) {
                sb.append(String.format("%-10s %-10s %-28s %-18s %-15s %s%n", row.buildingCode(), row.employeeNo(),
                        cut(row.name(), 28), cut(row.position() == null ? "" : row.position(), 18),
                        row.status().label(), describe(row)));
            }
            return sb.toString();
        }

        private static String describe(CheckRow row) {
            String last = row.lastDone() == null ? "" : "last " + row.lastDone() + " on " + row.lastDoneDate() + "; ";
            return last + row.missingWhat() + (row.newHire() ? " [new hire]" : "");
        }

        private static String cut(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n - 1) + "…";
        }
    }
}
