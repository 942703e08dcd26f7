package org.policydesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.Counted;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetReturn;
import org.policydesk.model.SignatureCheck;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.acknowledgment.SheetRequest;
import org.policydesk.service.common.SigningKey;
import org.policydesk.service.common.Workspace;

/** {@code sheets}, {@code ack record}, {@code ack form} and {@code verify}. */
final class AckCommands {

    private AckCommands() {
    }

    /** {@code sheets}, {@code ack} with its subcommands (record, show, correct, strike, form) and {@code verify}, each built when it is added. */
    static List<LazyCommand> commands(RootCommand root, CliContext context) {
        return List.of(LazyCommand.of(SheetsCommand.class, () -> new SheetsCommand().on(root, context)),
                new LazyCommand(Ack.class, () -> new CommandLine(new Ack(context))
                        .addSubcommand(new Record().on(root, context))
                        .addSubcommand(new SheetReturnCommands.Show().on(root, context))
                        .addSubcommand(new SheetReturnCommands.Correct().on(root, context))
                        .addSubcommand(new SheetReturnCommands.Strike().on(root, context))
                        .addSubcommand(new Form().on(root, context))),
                LazyCommand.of(Verify.class, () -> new Verify().on(root, context)));
    }

    static AcknowledgmentService service(Workspace workspace) {
        AcknowledgmentService service = workspace.acknowledgments();
        if (service == null) {
            throw new CliFailure("this store has no acknowledgment service");
        }
        return service;
    }

    @Command(name = "sheets", description = "Write acknowledgment sign-in sheets (or per-employee forms) for a policy's "
            + "current adopted version.")
    static final class SheetsCommand extends StoreCommand {

        static final class Who {
            @Option(names = "--building", paramLabel = "CODE", required = true, description = "A building's staff.")
            String building;

            @Option(names = "--session", paramLabel = "ID", required = true, description = "A training session's attendees.")
            Long session;

            @Option(names = "--employees", paramLabel = "ID,ID", required = true, split = ",",
                    description = "A hand-picked list of employee IDs.")
            List<String> employees;
        }

        @Option(names = "--policy", paramLabel = "NUMBER", required = true, description = "Policy number, such as 5:125.")
        String policy;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        @Option(names = "--forms", description = "One form per employee with the full policy text, not sign-in rows.")
        boolean forms;

        @Mixin
        PdfOutOption pdf;

        @Mixin
        SigningOptions signing;

        @Override
        public Integer call() throws Exception {
            PolicyNumber number = policyNumber(policy);
            SigningKey key = signing.key();
            SheetRequest scoped = who.building != null ? SheetRequest.building(number, who.building)
                    : who.session != null ? SheetRequest.session(number, who.session)
                    : SheetRequest.list(number, who.employees);
            SheetRequest request = forms ? scoped.withLayout(SheetLayout.FORM) : scoped;
            return withWorkspace(workspace -> {
                AcknowledgmentService.Written w = service(workspace).writeSheets(request, pdf.out, key);
                context.out.println("Wrote " + pdf.out + ": sheet " + w.sheet().id() + ", "
                        + Counted.people(w.sheet().lines().size()) + ", " + Counted.pages(w.pages()) + (w.signed() ? ", signed" : ""));
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "ack", description = "Acknowledgments: record a returned sheet, show it as recorded, correct it,"
            + " strike out a wrong acknowledgment, export an individual form.")
    static final class Ack extends CommandGroup {
        Ack(CliContext context) {
            super(context);
        }
    }

    @Command(name = "record", description = "Record a returned sheet: everyone on it signed, except the IDs given."
            + " Adds acknowledgments; a sheet already recorded is refused (use ack show, ack correct, ack strike).")
    static final class Record extends StoreCommand {

        @Option(names = "--sheet", paramLabel = "ID", required = true,
                description = "The sheet ID printed at the foot of each page (or the QR code's text).")
        String sheet;

        @Option(names = "--except", paramLabel = "ID,ID", split = ",", description = "Employee IDs who did not sign.")
        List<String> except = new ArrayList<>();

        @Option(names = "--date", paramLabel = "DATE", description = "Date signed, YYYY-MM-DD (default: today).")
        String date;

        @Mixin
        JsonOption output;

        @Override
        public Integer call() throws Exception {
            LocalDate signedOn = date == null ? null : CliDates.parse(date);
            Set<String> ids = new TreeSet<>(except);
            return withWorkspace(workspace -> {
                SheetReturn r = service(workspace).recordSheet(sheet, ids, signedOn);
                if (output.json) {
                    context.out.println(Json.GSON.toJson(Map.of("sheet", r.sheetId(), "policy", r.number().toString(),
                            "version", r.versionSeq(), "signed_on", r.signedOn().toString(), "recorded", r.recorded(),
                            "excluded", r.excluded())));
                } else {
                    context.out.println("Sheet " + r.sheetId() + " (" + r.number() + " version " + r.versionSeq()
                            + "): " + Counted.of(r.recorded(), "acknowledgment", "acknowledgments") + " recorded"
                            + (r.excluded() > 0 ? ", " + r.excluded() + " did not sign" : "") + ".");
                }
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "form", description = "Write one employee's acknowledgment form (with their kiosk signature).")
    static final class Form extends StoreCommand {

        @Option(names = "--policy", paramLabel = "NUMBER", required = true, description = "Policy number.")
        String policy;

        @Option(names = "--employee", paramLabel = "ID", required = true, description = "Employee ID.")
        String employee;

        @Mixin
        PdfOutOption pdf;

        @Mixin
        SigningOptions signing;

        @Override
        public Integer call() throws Exception {
            SigningKey key = signing.key();
            return withWorkspace(workspace -> {
                AcknowledgmentService.Written w =
                        service(workspace).writeIndividual(employee, policyNumber(policy), pdf.out, key);
                context.out.println("Wrote " + pdf.out + " (" + Counted.pages(w.pages()) + (w.signed() ? ", signed" : "") + ")");
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "verify", description = "Check a signed PDF: signer, time, intact bytes, and the policy version it prints.")
    static final class Verify extends StoreCommand {

        @Parameters(paramLabel = "FILE.pdf", description = "The PDF to check.")
        Path file;

        @Mixin
        JsonOption output;

        @Override
        public Integer call() throws Exception {
            return withWorkspace(workspace -> {
                if (workspace.signing() == null) {
                    throw new CliFailure("this store has no signing service");
                }
                SignatureCheck check = workspace.signing().verify(file);
                print(check);
                return check.valid() ? PolicyDeskCli.EXIT_OK : PolicyDeskCli.EXIT_FAILURE;
            });
        }

        private void print(SignatureCheck check) {
            if (output.json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("file", check.file());
                out.put("valid", check.valid());
                List<Map<String, Object>> sigs = new ArrayList<>();
                for (SignatureCheck.Signature s : check.signatures()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("signer", s.signer());
                    m.put("signing_time", s.signingTime() == null ? null : s.signingTime().toString());
                    m.put("intact", s.intact());
                    m.put("covers_whole_file", s.coversWholeFile());
                    m.put("sub_filter", s.subFilter());
                    m.put("problem", s.problem());
                    sigs.add(m);
                }
                out.put("signatures", sigs);
                out.put("version_hash", check.versionHash());
                out.put("version_in_store", check.versionInStore());
                context.out.println(Json.GSON.toJson(out));
            } else {
                if (check.signatures().isEmpty()) {
                    context.out.println(file + ": not signed");
                }
                for (SignatureCheck.Signature s : check.signatures()) {
                    context.out.println("Signed by " + s.signer() + " at " + s.signingTime());
                    context.out.println("  signed bytes: " + (s.intact() ? "intact" : "CHANGED")
                            + (s.coversWholeFile() ? "" : "; the file was changed after signing")
                            + (s.problem() == null ? "" : " (" + s.problem() + ")"));
                }
                context.out.println(check.versionHash() == null ? "Policy version: the PDF carries no version hash"
                        : "Policy version " + check.versionHash().substring(0, 16) + "…: "
                        + (check.versionInStore() == null ? "NOT in this store" : check.versionInStore()));
            }
        }
    }
}
