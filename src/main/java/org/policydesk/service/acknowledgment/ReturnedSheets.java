package org.policydesk.service.acknowledgment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.policydesk.model.AckSheet;
import org.policydesk.model.SheetLine;
import org.policydesk.model.SheetRecord;
import org.policydesk.model.SheetReturn;
import org.policydesk.store.SheetReturnRepository;

/**
 * Returned sheets are recorded once. Recording one again is refused with what was recorded, so a second scan or a
 * colleague checking the pile cannot add people who did not sign; changing it is a correction or a strike-out,
 * each with a reason (decision 0120).
 */
final class ReturnedSheets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final SheetReturnRepository returns;
    private final Clock clock;

    ReturnedSheets(SheetReturnRepository returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    SheetReturn record(AckSheet sheet, Set<String> exceptEmployeeNos, LocalDate signedOn) throws AckException {
        var kept = returns.recordOf(sheet);
        if (kept.isPresent()) {
            throw alreadyRecorded(kept.get());
        }
        LocalDate date = signedOn == null ? LocalDate.now(clock) : signedOn;
        if (date.isAfter(LocalDate.now(clock))) {
            throw new AckException("The signing date " + DAY.format(date) + " is in the future.");
        }
        LocalDate printed = sheet.createdAt().atZone(clock.getZone()).toLocalDate();
        if (date.isBefore(printed)) {
            throw new AckException("Sheet " + sheet.id() + " was printed on " + DAY.format(printed)
                    + ", after the signing date " + DAY.format(date) + ".");
        }
        Set<String> except = onSheet(sheet, exceptEmployeeNos);
        List<Long> signed = new ArrayList<>();
        sheet.lines().stream().filter(l -> !except.contains(l.employeeNo())).forEach(l -> signed.add(l.employeeId()));
        try {
            returns.record(sheet, signed, date, noon(date));
        } catch (SheetReturnRepository.AlreadyRecordedException raced) {
            throw alreadyRecorded(returns.recordOf(sheet).orElseThrow());
        }
        return new SheetReturn(sheet.id(), sheet.number(), sheet.versionSeq(), date, signed.size(), except.size());
    }

    SheetRecord correct(AckSheet sheet, Set<String> nowSigned, String reason) throws AckException {
        String why = reason(reason, "a correction");
        SheetRecord kept = notYetRecordedIsRefused(sheet);
        Set<String> ids = onSheet(sheet, nowSigned);
        Set<String> notSigned = new TreeSet<>();
        kept.notSigned().forEach(p -> notSigned.add(p.employeeNo()));
        Set<String> wrong = new TreeSet<>(ids);
        wrong.removeAll(notSigned);
        if (!wrong.isEmpty()) {
            throw new AckException("Sheet " + sheet.id() + " does not show " + String.join(", ", wrong)
                    + " as not signed; a correction can only add people who did not sign (a struck-out"
                    + " acknowledgment stays struck out: record it on a new sheet).");
        }
        List<Long> employeeIds = sheet.lines().stream().filter(l -> ids.contains(l.employeeNo()))
                .map(SheetLine::employeeId).toList();
        returns.correct(sheet, employeeIds, noon(kept.signedOn()), why);
        return returns.recordOf(sheet).orElseThrow();
    }

    SheetRecord strike(AckSheet sheet, String employeeNo, String reason) throws AckException {
        String why = reason(reason, "striking out an acknowledgment");
        SheetRecord kept = notYetRecordedIsRefused(sheet);
        String no = employeeNo == null ? "" : employeeNo.strip();
        SheetRecord.Person person = kept.people().stream().filter(p -> p.employeeNo().equals(no)).findFirst()
                .orElseThrow(() -> new AckException("Not on sheet " + sheet.id() + ": " + no + "."));
        switch (person.state()) {
            case NOT_SIGNED -> throw new AckException(person.name() + " (" + no + ") did not sign sheet " + sheet.id()
                    + "; there is nothing to strike out.");
            case STRUCK -> throw new AckException(person.name() + " (" + no + ") is already struck out of sheet "
                    + sheet.id() + ": " + person.struckReason());
            default -> { }
        }
        long employeeId = sheet.lines().stream().filter(l -> l.employeeNo().equals(no)).findFirst().orElseThrow()
                .employeeId();
        long ackId = returns.acknowledgmentFromSheet(sheet.id(), employeeId).orElseThrow();
        returns.strike(ackId, employeeId, sheet.policyVersionId(), no, String.valueOf(sheet.number()),
                sheet.versionSeq(), sheet.id(), why);
        return returns.recordOf(sheet).orElseThrow();
    }

    /** "Sheet AK-… was already recorded on December 5, 2026 by mfrost: 9 signed, 2 did not sign (…)." */
    static AckException alreadyRecorded(SheetRecord r) {
        StringBuilder sb = new StringBuilder("Sheet ").append(r.sheet().id()).append(" was already recorded on ")
                .append(DAY.format(r.recordedAt().atZone(java.time.ZoneId.systemDefault()))).append(" by ")
                .append(r.recordedBy()).append(" (signed ").append(DAY.format(r.signedOn())).append("): ")
                .append(r.signed().size()).append(" signed, ").append(r.notSigned().size()).append(" did not sign");
        if (!r.notSigned().isEmpty()) {
            sb.append(" (").append(String.join(", ", r.notSigned().stream().map(p -> p.employeeNo()).toList()))
                    .append(')');
        }
        if (!r.struck().isEmpty()) {
            sb.append(", ").append(r.struck().size()).append(" struck out");
        }
        return new AckException(sb.append(". Nothing was changed; to change it, make a correction or strike out an"
                + " acknowledgment, with a reason.").toString());
    }

    private SheetRecord notYetRecordedIsRefused(AckSheet sheet) throws AckException {
        return returns.recordOf(sheet).orElseThrow(() -> new AckException("Sheet " + sheet.id()
                + " has not been recorded yet; record it first."));
    }

    private static Set<String> onSheet(AckSheet sheet, Set<String> employeeNos) throws AckException {
        Set<String> ids = new TreeSet<>();
        employeeNos.forEach(s -> ids.add(s.strip()));
        Set<String> unknown = new TreeSet<>(ids);
        sheet.lines().forEach(l -> unknown.remove(l.employeeNo()));
        if (!unknown.isEmpty()) {
            throw new AckException("Not on sheet " + sheet.id() + ": " + String.join(", ", unknown) + ".");
        }
        return ids;
    }

    private static String reason(String reason, String what) throws AckException {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new AckException("Give a reason for " + what + "; it is kept in the audit trail.");
        }
        return why;
    }

    private Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(clock.getZone()).toInstant();
    }
}
