package org.policydesk.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AuditEvent;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;

/** Training types carry the policies they cover (V7): stored, kept, replaced, audited, and given to new sessions. */
class TrainingTypePoliciesTest {

    private static final PolicyNumber P5_125 = PolicyNumber.parse("5:125");
    private static final PolicyNumber P2_10 = PolicyNumber.parse("2:10");
    private static final PolicyNumber P6_235 = PolicyNumber.parse("6:235");

    @TempDir
    Path dir;
    private Workspace workspace;
    private TrainingService training;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspaces.open(dir.resolve("store")); // the sample district brings 5:125
        workspace.policies().importText("6-235.txt", "6:235 Access to Electronic Networks\n\nText.\n");
        workspace.policies().importText("2-010.txt", "2:10 School District Governance\n\nText.\n");
        training = workspace.training();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aTypeKeepsItsPoliciesInNumberOrderUntilTheyAreReplaced() throws Exception {
        TrainingType saved = training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30,
                List.of(P6_235, P5_125, P2_10, P5_125));
        assertThat(saved.policies()).containsExactly(P2_10, P5_125, P6_235);
        assertThat(saved.describePolicies()).isEqualTo("2:10, 5:125, 6:235");

        // Saving the type again without policies (a changed grace period) keeps them.
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 45);
        assertThat(type("Annual policy awareness")).satisfies(t -> {
            assertThat(t.newHireGraceDays()).isEqualTo(45);
            assertThat(t.policies()).containsExactly(P2_10, P5_125, P6_235);
        });

        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 45, List.of(P5_125));
        assertThat(type("Annual policy awareness").policies()).containsExactly(P5_125);
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 45, List.of());
        assertThat(type("Annual policy awareness").policies()).isEmpty();
    }

    @Test
    void anUnknownPolicyIsRefusedAndNothingIsWritten() throws Exception {
        training.saveType("Mandated reporter", Recurrence.EVERY_N_YEARS, 3, 30, List.of(P5_125));
        long events = workspace.audit().verify().eventsChecked();

        assertThatThrownBy(() -> training.saveType("Mandated reporter", Recurrence.EVERY_N_YEARS, 2, 30,
                List.of(P6_235, PolicyNumber.parse("7:999"))))
                .isInstanceOf(RosterException.class).hasMessage("There is no policy 7:999 in the store.");

        TrainingType type = type("Mandated reporter");
        assertThat(type.recurrenceValue()).isEqualTo(3);
        assertThat(type.policies()).containsExactly(P5_125);
        assertThat(workspace.audit().verify().eventsChecked()).isEqualTo(events);
    }

    @Test
    void attendanceIsRefusedForASessionThatHasNotHappenedAndSessionsBefore1900AreRefused() throws Exception {
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30, List.of(P5_125));
        TrainingSession ahead = training.addSession("Annual policy awareness", LocalDate.now().plusDays(7), null,
                null, null);

        assertThatThrownBy(() -> training.markAttendance(ahead.id(), List.of("000418")))
                .hasMessageContaining("has not happened yet");
        assertThat(training.attendees(ahead.id())).isEmpty();
        assertThatThrownBy(() -> training.addSession("Annual policy awareness", LocalDate.of(1025, 8, 20), null,
                null, null)).hasMessageContaining("before 1900");
        assertThat(training.sessions("Annual policy awareness")).hasSize(1);
    }

    @Test
    void aNewSessionStartsWithItsTypesPoliciesAndKeepsThemWhenTheTypeChanges() throws Exception {
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30, List.of(P5_125, P6_235));

        TrainingSession fromType = training.addSession("Annual policy awareness", LocalDate.of(2025, 8, 20), null,
                "Dr. Lee", null);
        TrainingSession ownList = training.addSession("Annual policy awareness", LocalDate.of(2025, 8, 21), null,
                null, List.of(P2_10));
        assertThat(fromType.policies()).containsExactly(P5_125, P6_235);
        assertThat(ownList.policies()).containsExactly(P2_10);

        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30, List.of(P2_10));
        assertThat(training.sessions("Annual policy awareness"))
                .extracting(TrainingSession::id, TrainingSession::policies)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ownList.id(), List.of(P2_10)),
                        org.assertj.core.groups.Tuple.tuple(fromType.id(), List.of(P5_125, P6_235)));
    }

    @Test
    void changingThePoliciesIsInTheAuditTrail() throws Exception {
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30, List.of(P6_235, P5_125));
        training.saveType("Annual policy awareness", Recurrence.SCHOOL_YEAR, null, 30, List.of());
        workspace.close();
        try (Database db = Database.open(dir.resolve("store"))) {
            AuditTrail trail = new AuditTrail(db);
            List<AuditEvent> events = trail.history(AuditKinds.SETTING, "training type Annual policy awareness");
            assertThat(events).extracting(e -> e.details().get("policies")).containsExactly("5:125, 6:235", "");
            assertThat(trail.verify().problems()).isEmpty();
        }
        workspace = Workspaces.open(dir.resolve("store"));
    }

    /** The type of that name; the sample district's types are there too. */
    private TrainingType type(String name) {
        return training.types().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
