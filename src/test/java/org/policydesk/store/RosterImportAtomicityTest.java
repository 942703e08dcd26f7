package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policydesk.store.jooq.Tables.AUDIT_EVENT;
import static org.policydesk.store.jooq.Tables.EMPLOYEE;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AuditKinds;
import org.policydesk.model.RosterPreview;
import org.policydesk.roster.RosterChecker;
import org.policydesk.service.roster.DefaultRosterService;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.service.roster.RosterService;

/**
 * A roster import's rows and its audit events are one transaction (decisions 0045, 0049): when it fails after
 * every row and every event was written, nothing of it remains; when it commits, all of it does.
 */
class RosterImportAtomicityTest {

    private static final int ROWS = 2_500;

    @TempDir
    Path dir;
    private Database db;
    private StaffRepository staff;
    private RosterService rosters;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store"));
        staff = new StaffRepository(db);
        rosters = new DefaultRosterService(staff, new RosterChecker(new ComplianceRepository(db),
                new TrainingRepository(db), ZoneId.of("America/Chicago")), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFailureAfterTheAuditEventsLeavesNeitherRowsNorEvents() throws Exception {
        staff.applyRoster(preview(1));
        long eventsBefore = new AuditTrail(db).size();
        List<String> logBefore = staff.importLog();

        RosterPreview second = preview(2);
        assertThat(second.changed()).hasSize(ROWS);
        assertThatThrownBy(() -> staff.applyRoster(second, tx -> {
            // Inside the transaction every row and all ROWS + 1 events (three audit batches) are written by now.
            assertThat(tx.fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore + ROWS + 1);
            assertThat(tx.fetchCount(EMPLOYEE, EMPLOYEE.POSITION.eq("Teacher T2"))).isEqualTo(ROWS);
            throw new IllegalStateException("injected failure before commit");
        })).hasMessageContaining("injected failure");

        assertThat(positions()).isEqualTo(Map.of("Teacher T1", (long) ROWS));
        AuditTrail trail = new AuditTrail(db);
        assertThat(trail.size()).isEqualTo(eventsBefore);
        assertThat(eventsOf("roster-2.csv", trail)).isZero();
        assertThat(staff.importLog()).isEqualTo(logBefore);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aCommittedImportHasEveryRowAndEveryEvent() throws Exception {
        staff.applyRoster(preview(1));
        staff.applyRoster(preview(2));

        assertThat(positions()).isEqualTo(Map.of("Teacher T2", (long) ROWS));
        AuditTrail trail = new AuditTrail(db);
        assertThat(trail.history(AuditKinds.ROSTER, "roster-2.csv")).hasSize(1);
        assertThat(eventsOf("roster-2.csv", trail)).isEqualTo(ROWS);
        assertThat(trail.history(AuditKinds.EMPLOYEE, String.format("%06d", ROWS - 1)))
                .filteredOn(e -> "roster-2.csv".equals(e.details().get("roster"))).hasSize(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    private long eventsOf(String fileName, AuditTrail trail) {
        return trail.latest(Integer.MAX_VALUE).stream()
                .filter(e -> e.subjectKind().equals(AuditKinds.EMPLOYEE))
                .filter(e -> fileName.equals(e.details().get("roster"))).count();
    }

    private Map<String, Long> positions() {
        Map<String, Long> counts = new TreeMap<>();
        staff.employees().forEach(e -> counts.merge(e.position(), 1L, Long::sum));
        return counts;
    }

    private RosterPreview preview(int trial) throws IOException, org.policydesk.service.roster.RosterException {
        Path file = dir.resolve("roster-" + trial + ".csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Employee ID,Last Name,First Name,Position,Building,Hire Date,Status\n");
            for (int i = 0; i < ROWS; i++) {
                w.write(String.format("%06d,Staff%d,Pat,Teacher T%d,%04d,2020-08-15,Active%n", i, i, trial, 100 + i % 12));
            }
        }
        return rosters.preview(file, RosterImportOptions.guessed().partial());
    }

}
