package org.policydesk.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.policydesk.model.SheetRecord;
import org.policydesk.service.acknowledgment.AcknowledgmentService;

/**
 * {@code ack show}, {@code ack correct} and {@code ack strike}: a recorded sheet as recorded, and the two
 * deliberate ways to change it, each with a reason kept in the audit trail (decision 0120).
 */
final class SheetReturnCommands {

    private SheetReturnCommands() {
    }

    /** The sheet these commands act on, the --json switch, and printing the sheet as it is recorded afterwards. */
    abstract static class OnRecordedSheet extends StoreCommand {

        @Option(names = "--sheet", paramLabel = "ID", required = true, description = "The sheet ID (or QR text).")
        String sheet;

        @Mixin
        JsonOption output;

        abstract SheetRecord apply(AcknowledgmentService acks) throws Exception;

        @Override
        public final Integer call() throws Exception {
            return withWorkspace(workspace -> {
                print(context.out, apply(AckCommands.service(workspace)), output.json);
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "show", description = "Show a recorded sheet: who signed, who did not, who was struck out, when"
            + " and by whom. Changes nothing.")
    static final class Show extends OnRecordedSheet {

        @Override
        SheetRecord apply(AcknowledgmentService acks) throws Exception {
            return acks.sheetRecord(sheet).orElseThrow(() -> new CliFailure("Sheet "
                    + sheet.strip().toUpperCase(java.util.Locale.ROOT)
                    + " is in the store but has not been recorded yet."));
        }
    }

    @Command(name = "correct", description = "Correct a recorded sheet: adds acknowledgments for people it shows"
            + " as not signed who did sign. Needs a reason (kept in the audit trail).")
    static final class Correct extends OnRecordedSheet {

        @Option(names = "--signed", paramLabel = "ID,ID", split = ",", required = true,
                description = "Employee IDs who did sign after all.")
        List<String> signed = new ArrayList<>();

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the record was wrong.")
        String reason;

        @Override
        SheetRecord apply(AcknowledgmentService acks) throws Exception {
            return acks.correctSheet(sheet, new TreeSet<>(signed), reason);
        }
    }

    @Command(name = "strike", description = "Strike out a wrong acknowledgment from a recorded sheet, with a reason."
            + " It is kept (never deleted), shows as struck out and no longer counts in roster checks.")
    static final class Strike extends OnRecordedSheet {

        @Option(names = "--employee", paramLabel = "ID", required = true, description = "Employee ID to strike out.")
        String employee;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is wrong.")
        String reason;

        @Override
        SheetRecord apply(AcknowledgmentService acks) throws Exception {
            return acks.strike(sheet, employee, reason);
        }
    }

    static void print(PrintWriter out, SheetRecord r, boolean json) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", r.sheet().id());
            m.put("policy", String.valueOf(r.sheet().number()));
            m.put("version", r.sheet().versionSeq());
            m.put("signed_on", r.signedOn().toString());
            m.put("recorded_at", r.recordedAt().toString());
            m.put("recorded_by", r.recordedBy());
            List<Map<String, Object>> people = new ArrayList<>();
            for (SheetRecord.Person p : r.people()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("employee_id", p.employeeNo());
                row.put("name", p.name());
                row.put("state", p.state().name().toLowerCase(java.util.Locale.ROOT));
                if (p.state() == SheetRecord.State.STRUCK) {
                    row.put("struck_reason", p.struckReason());
                    row.put("struck_by", p.struckBy());
                    row.put("struck_at", p.struckAt().toString());
                }
                people.add(row);
            }
            m.put("people", people);
            out.println(Json.GSON.toJson(m));
            return;
        }
        out.println("Sheet " + r.sheet().id() + " (" + r.sheet().number() + " version " + r.sheet().versionSeq()
                + "): signed " + CliDates.document(r.signedOn()) + ", recorded "
                + CliDates.document(r.recordedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + " by "
                + r.recordedBy() + ". " + r.signed().size() + " signed, " + r.notSigned().size() + " did not sign"
                + (r.struck().isEmpty() ? "" : ", " + r.struck().size() + " struck out") + ".");
        for (SheetRecord.Person p : r.people()) {
            out.println("  " + switch (p.state()) {
                case SIGNED -> "signed       ";
                case NOT_SIGNED -> "did not sign ";
                case STRUCK -> "STRUCK OUT   ";
            } + p.employeeNo() + "  " + p.name()
                    + (p.state() == SheetRecord.State.STRUCK ? "  (" + p.struckReason() + "; " + p.struckBy() + ")" : ""));
        }
    }
}
