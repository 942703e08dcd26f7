package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditEvent;
import org.policydesk.model.VersionStatus;
import org.policydesk.store.jooq.tables.records.AuditEventRecord;
import org.policydesk.testing.Documents;

/** The hash-chained audit trail, and what verify says when someone edits the table with raw SQL. */
class AuditTrailTest {

    @TempDir
    Path dir;

    @BeforeEach
    void fiveEvents() {
        try (Database db = Database.open(dir)) {
            AuditTrail trail = new AuditTrail(db);
            for (int i = 1; i <= 5; i++) {
                trail.append(AuditEntry.of("policy.import", "policy", "5:" + (100 + i)).with("version", i));
            }
        }
    }

    private AuditCheck verify() {
        try (Database db = Database.open(dir)) {
            return new AuditTrail(db).verify();
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dir.toAbsolutePath().normalize(), false), "sa", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void anUntouchedTrailIsIntactAndEachEventLinksToTheOneBefore() {
        try (Database db = Database.open(dir)) {
            AuditTrail trail = new AuditTrail(db);
            assertThat(trail.verify()).satisfies(c -> {
                assertThat(c.intact()).isTrue();
                assertThat(c.eventsChecked()).isEqualTo(5);
                assertThat(c.summary()).isEqualTo("The audit trail is intact: 5 events checked.");
            });
            List<AuditEvent> history = trail.history("policy", "5:103");
            assertThat(history).singleElement().satisfies(e -> {
                assertThat(e.seq()).isEqualTo(3);
                assertThat(e.action()).isEqualTo("policy.import");
                assertThat(e.details()).isEqualTo(Map.of("version", "3"));
                assertThat(e.actor()).isEqualTo(System.getProperty("user.name"));
            });
        }
    }

    @Test
    void aChangedDetailIsNamed() throws SQLException {
        sql("UPDATE audit_event SET details = '{\"version\":\"9\"}' WHERE seq = 3");
        assertThat(verify().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditCheck.Kind.CHANGED);
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Event 3 was changed after it was written: its contents no longer match its hash.");
        });
    }

    @Test
    void aChangeWhoseHashWasRecomputedIsCaughtByTheNextLink() throws SQLException {
        sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = 2");
        rehash(2);
        assertThat(verify().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditCheck.Kind.CHANGED);
            assertThat(p.seq()).isEqualTo(2);
            assertThat(p.message()).contains("Event 2 was changed and its hash rewritten");
        });
    }

    @Test
    void aDeletedEventLeavesAGapThatIsNamed() throws SQLException {
        sql("DELETE FROM audit_event WHERE seq = 4");
        assertThat(verify().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditCheck.Kind.DELETED);
            assertThat(p.seq()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("Event 4 is missing: deleted from the audit trail.");
        });
    }

    @Test
    void aDeletionHiddenByRenumberingIsStillNamed() throws SQLException {
        sql("DELETE FROM audit_event WHERE seq = 2", "UPDATE audit_event SET seq = seq - 1 WHERE seq > 2");
        assertThat(verify().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditCheck.Kind.DELETED);
            assertThat(p.seq()).isEqualTo(2);
        });
    }

    @Test
    void anEventInsertedWithACorrectHashAndRenumberingIsNamed() throws SQLException {
        // The forger knows the hash recipe: the inserted row itself is perfect; the renumbered rows betray it.
        sql("UPDATE audit_event SET seq = seq + 1 WHERE seq >= 3 ORDER BY seq DESC");
        String prev = hashOf(2);
        AuditEventRecord forged = new AuditEventRecord();
        forged.setSeq(3L);
        forged.setAt(Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC));
        forged.setActor("mallory");
        forged.setAction("policy.import");
        forged.setSubjectKind("policy");
        forged.setSubjectKey("9:999");
        forged.setDetails("{}");
        forged.setPrevHash(prev);
        forged.setHash(AuditTrail.hash(forged, 3));
        insert(forged);
        AuditCheck check = verify();
        assertThat(check.eventsChecked()).isEqualTo(6);
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AuditCheck.Kind.INSERTED);
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Event 3 was inserted into the audit trail; the events after it were renumbered.");
        });
    }

    @Test
    void aClumsyInsertAtTheEndIsNamed() throws SQLException {
        sql("INSERT INTO audit_event VALUES (6, CURRENT_TIMESTAMP, 'x', 'policy.import', 'policy', '1:1', '{}', '"
                + "0".repeat(64) + "', '" + "f".repeat(64) + "')");
        assertThat(verify().problems()).extracting(AuditCheck.Problem::seq).containsExactly(6L);
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() {
        try (Database db = Database.open(dir)) {
            PolicyRepository repo = new PolicyRepository(db, Clock.systemUTC());
            try {
                repo.inTransaction(tx -> {
                    long id = tx.createPolicy(null, "t", null);
                    tx.addVersion(id, new NewVersion(Documents.document("x", null, "t"), VersionStatus.DRAFT, "f", false));
                    tx.audit().append(AuditEntry.of("policy.import", "policy", "id:" + id));
                    throw new IllegalStateException("disk full, say");
                });
            } catch (IllegalStateException expected) {
                // the whole transaction rolled back
            }
            assertThat(new AuditTrail(db).size()).isEqualTo(5);
            assertThat(repo.hasPolicies()).isFalse();
            assertThat(new AuditTrail(db).verify().intact()).isTrue();
        }
    }

    private String hashOf(long seq) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dir.toAbsolutePath().normalize(), false), "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            var rs = s.executeQuery();
            rs.next();
            return rs.getString(1);
        }
    }

    /** Recomputes one row's hash as a forger who read the source would. */
    private void rehash(long seq) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dir.toAbsolutePath().normalize(), false), "sa", "")) {
            var rs = c.createStatement().executeQuery("SELECT * FROM audit_event WHERE seq = " + seq);
            rs.next();
            AuditEventRecord r = new AuditEventRecord();
            r.setSeq(rs.getLong("seq"));
            r.setAt(rs.getObject("at", java.time.OffsetDateTime.class));
            r.setActor(rs.getString("actor"));
            r.setAction(rs.getString("action"));
            r.setSubjectKind(rs.getString("subject_kind"));
            r.setSubjectKey(rs.getString("subject_key"));
            r.setDetails(rs.getString("details"));
            r.setPrevHash(rs.getString("prev_hash"));
            try (PreparedStatement u = c.prepareStatement("UPDATE audit_event SET hash = ? WHERE seq = ?")) {
                u.setString(1, AuditTrail.hash(r, seq));
                u.setLong(2, seq);
                u.execute();
            }
        }
    }

    private void insert(AuditEventRecord r) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dir.toAbsolutePath().normalize(), false), "sa", "");
             PreparedStatement s = c.prepareStatement("INSERT INTO audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, r.getSeq());
            s.setObject(2, r.getAt());
            s.setString(3, r.getActor());
            s.setString(4, r.getAction());
            s.setString(5, r.getSubjectKind());
            s.setString(6, r.getSubjectKey());
            s.setString(7, r.getDetails());
            s.setString(8, r.getPrevHash());
            s.setString(9, r.getHash());
            s.execute();
        }
    }
}
