package org.policydesk.service.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.AuditEvent;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.Recurrence;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.VersionStatus;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.acknowledgment.AcknowledgmentServiceTest;
import org.policydesk.service.acknowledgment.DefaultAcknowledgmentService;
import org.policydesk.service.acknowledgment.SheetRequest;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.library.WorkflowException;
import org.policydesk.service.roster.RosterImportOptions;

/**
 * Every use case that changes the store appends its audit event in the same transaction: each test does the
 * operation on a real store, finds the event by subject, and checks that the chain still verifies.
 */
class AuditCoverageTest {

    static final PolicyNumber P = PolicyNumber.parse("5:125");
    static final String ROSTER = """
            Employee ID,Employee Name,Position,Email,Building,Hire Date,Status
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,08/15/2019,Active
            000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,2015-07-01,Active
            000419,"Smith, Jane A",Counselor,jsmith@d.org,0230,8/20/21,Active
            """;

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspaces.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        assertThat(ws.audit().verify().intact()).as("audit chain after the test").isTrue();
        ws.close();
    }

    private long policyId() {
        return ws.policies().findPolicy(P).orElseThrow().summary().id();
    }

    private PolicyVersion openDraft() {
        return ws.library().resolve(P, null, true);
    }

    private AuditEvent last(String kind, String key) {
        List<AuditEvent> events = ws.audit().history(kind, key);
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    private void importRoster(String text) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), text, StandardCharsets.UTF_8);
        ws.rosters().apply(ws.rosters().preview(roster, RosterImportOptions.guessed()), false);
    }

    @Test
    void statusChangeIsAnEventOfThePolicy() {
        PolicyVersion draft = openDraft();
        ws.library().changeStatus(draft.id(), VersionStatus.COMMITTEE);
        AuditEvent e = last(AuditKinds.POLICY, "5:125");
        assertThat(e.action()).isEqualTo(AuditKinds.VERSION_STATUS);
        assertThat(e.details()).containsEntry("version", Integer.toString(draft.seq()))
                .containsEntry("from", "DRAFT").containsEntry("to", "COMMITTEE");
    }

    @Test
    void adoptionRecordsTheVoteAndSupersedesTheOldVersion() {
        PolicyVersion draft = openDraft();
        ws.library().adopt(draft.id(), LocalDate.of(2026, 11, 17), AdoptionOutcome.WITH_EDITS, true);
        List<AuditEvent> events = ws.audit().policyHistory(P);
        AuditEvent adopt = events.get(events.size() - 1);
        assertThat(adopt.action()).isEqualTo(AuditKinds.VERSION_ADOPT);
        assertThat(adopt.details()).containsEntry("vote_date", "2026-11-17").containsEntry("outcome", "WITH_EDITS")
                .containsEntry("editorial", "true")
                .containsEntry("content_hash", ws.library().resolve(P, draft.seq(), false).contentHash());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditKinds.VERSION_SUPERSEDE);
            assertThat(e.details()).containsEntry("by_version", Integer.toString(draft.seq()));
        });
    }

    @Test
    void newDraftAndDiscardAreEvents() {
        PolicyVersion draft = openDraft();
        ws.library().discard(draft.id());
        assertThat(last(AuditKinds.POLICY, "5:125").action()).isEqualTo(AuditKinds.VERSION_DISCARD);
        PolicyVersion fresh = ws.library().newDraft(policyId());
        AuditEvent e = last(AuditKinds.POLICY, "5:125");
        assertThat(e.action()).isEqualTo(AuditKinds.VERSION_DRAFT);
        assertThat(e.details()).containsEntry("version", Integer.toString(fresh.seq()))
                .containsEntry("content_hash", fresh.contentHash());
    }

    @Test
    void aSaveThatChangesTheTextIsAnEventAndACaretMoveIsNot() {
        PolicyVersion draft = openDraft();
        long before = ws.audit().policyHistory(P).size();
        ws.library().saveDraft(draft.id(), draft.sourceText(), 10);
        assertThat(ws.audit().policyHistory(P)).hasSize((int) before);
        PolicyVersion saved = ws.library().saveDraft(draft.id(), draft.sourceText() + "\nOne more line.\n", 12);
        AuditEvent e = last(AuditKinds.POLICY, "5:125");
        assertThat(e.action()).isEqualTo(AuditKinds.DRAFT_EDIT);
        assertThat(e.details()).containsEntry("content_hash", saved.contentHash());
    }

    @Test
    void commentEditIsAnEvent() {
        PolicyVersion draft = openDraft();
        ws.library().editComment(draft.id(), 1, "Updated for clarity.", 118, java.time.YearMonth.of(2026, 4));
        AuditEvent e = last(AuditKinds.POLICY, "5:125");
        assertThat(e.action()).isEqualTo(AuditKinds.COMMENT_EDIT);
        assertThat(e.details()).containsEntry("comment", "1").containsEntry("issue", "118");
    }

    @Test
    void aRefusedChangeLeavesNoEvent() {
        PolicyVersion draft = openDraft();
        long before = ws.audit().policyHistory(P).size();
        assertThatThrownBy(() -> ws.library().changeStatus(draft.id(), VersionStatus.DRAFT))
                .isInstanceOf(WorkflowException.class);
        assertThat(ws.audit().policyHistory(P)).hasSize((int) before);
    }

    @Test
    void rosterImportIsOneFileEventAndOneEventPerEmployeeItTouched() throws Exception {
        importRoster(ROSTER);
        AuditEvent file = last(AuditKinds.ROSTER, "roster.csv");
        assertThat(file.action()).isEqualTo(AuditKinds.ROSTER_IMPORT);
        assertThat(file.details()).containsEntry("added", "3").containsEntry("changed", "0");
        assertThat(last(AuditKinds.EMPLOYEE, "000417").action()).isEqualTo(AuditKinds.EMPLOYEE_ADD);

        importRoster(ROSTER.replace("000417,\"Nguyen, Thi B\",Teacher", "000417,\"Nguyen, Thi B\",Dean")
                .replace("000419,\"Smith, Jane A\",Counselor,jsmith@d.org,0230,8/20/21,Active\n", ""));
        AuditEvent changed = last(AuditKinds.EMPLOYEE, "000417");
        assertThat(changed.action()).isEqualTo(AuditKinds.EMPLOYEE_CHANGE);
        assertThat(changed.details().get("changes")).contains("Teacher").contains("Dean");
        assertThat(last(AuditKinds.EMPLOYEE, "000419").action()).isEqualTo(AuditKinds.EMPLOYEE_DEPART);
        assertThat(ws.audit().employeeHistory("000418")).hasSize(1);
    }

    @Test
    void trainingSessionAndAttendanceAreEvents() throws Exception {
        importRoster(ROSTER);
        ws.training().saveType("Mandated reporter", Recurrence.EVERY_N_YEARS, 3, 30);
        assertThat(last(AuditKinds.SETTING, "training type Mandated reporter").action())
                .isEqualTo(AuditKinds.SETTING_CHANGE);
        TrainingSession s = ws.training().addSession("Mandated reporter", LocalDate.of(2026, 9, 1), null, "Nurse Ames",
                List.of(P));
        AuditEvent session = last(AuditKinds.TRAINING, Long.toString(s.id()));
        assertThat(session.action()).isEqualTo(AuditKinds.TRAINING_SESSION);
        assertThat(session.details()).containsEntry("type", "Mandated reporter").containsEntry("held_on", "2026-09-01");

        ws.training().markAttendance(s.id(), List.of("000417", "000418"));
        ws.training().markAttendance(s.id(), List.of("000417"));
        assertThat(ws.audit().employeeHistory("000417")).filteredOn(e -> e.action().equals(AuditKinds.TRAINING_ATTEND))
                .as("marking someone twice is one event").hasSize(1);
        ws.training().unmarkAttendance(s.id(), "000418");
        AuditEvent unmarked = last(AuditKinds.EMPLOYEE, "000418");
        assertThat(unmarked.action()).isEqualTo(AuditKinds.TRAINING_UNATTEND);
        assertThat(unmarked.details()).containsEntry("session", Long.toString(s.id()));
    }

    @Test
    void sheetPrintStatementAndPaperAndKioskAcknowledgmentsAreEvents() throws Exception {
        importRoster(ROSTER);
        ws.library().adopt(openDraft().id(), LocalDate.of(2025, 6, 12), AdoptionOutcome.AS_PRESENTED, false);
        AcknowledgmentService acks = ws.acknowledgments();
        acks.setStatement(P, "I have read 5:125.");
        AuditEvent statement = last(AuditKinds.POLICY, "5:125");
        assertThat(statement.action()).isEqualTo(AuditKinds.STATEMENT_CHANGE);
        assertThat(statement.details()).containsEntry("text", "I have read 5:125.");

        AcknowledgmentService.Written w = acks.writeSheets(SheetRequest.building(P, "0150"), dir.resolve("s.pdf"), null);
        AuditEvent printed = last(AuditKinds.POLICY, "5:125");
        assertThat(printed.action()).isEqualTo(AuditKinds.SHEET_PRINT);
        assertThat(printed.details()).containsEntry("sheet", w.sheet().id()).containsEntry("lines", "2");

        acks.recordSheet(w.sheet().id(), Set.of("000418"), null);
        AuditEvent paper = last(AuditKinds.EMPLOYEE, "000417");
        assertThat(paper.action()).isEqualTo(AuditKinds.ACKNOWLEDGMENT_RECORD);
        assertThat(paper.details()).containsEntry("method", "PAPER").containsEntry("sheet", w.sheet().id())
                .containsEntry("policy", "5:125");
        assertThat(ws.audit().employeeHistory("000418"))
                .noneMatch(e -> e.action().equals(AuditKinds.ACKNOWLEDGMENT_RECORD));

        acks.recordKiosk("000419", acks.kioskText(P), AcknowledgmentServiceTest.signaturePng());
        AuditEvent kiosk = last(AuditKinds.EMPLOYEE, "000419");
        assertThat(kiosk.action()).isEqualTo(AuditKinds.ACKNOWLEDGMENT_RECORD);
        assertThat(kiosk.details()).containsEntry("method", "KIOSK").containsKey("signature_hash");
    }

    @Test
    void settingChangesAreEventsAndPasswordsAreNotWrittenIntoTheTrail() {
        ws.settings().setDistrictName("Prairie View CUSD 7");
        assertThat(last(AuditKinds.SETTING, "district.name").details()).containsEntry("value", "Prairie View CUSD 7");
        ws.acknowledgments().setOfficePassword("front desk 4".toCharArray());
        AuditEvent pw = last(AuditKinds.SETTING, DefaultAcknowledgmentService.OFFICE_PASSWORD);
        assertThat(pw.details()).containsEntry("value", "(not recorded)");
    }
}
