package org.policydesk.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AckMethod;
import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.VersionStatus;
import org.policydesk.roster.RosterChecker;
import org.policydesk.store.AcknowledgmentRepository;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.ComplianceRepository.AckFact;
import org.policydesk.store.Database;
import org.policydesk.store.NewAcknowledgment;
import org.policydesk.store.NewVersion;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;
import org.policydesk.text.PressParser;

/**
 * A policy check where the acknowledgment facts come from several versions (each read on its own, decision 0083):
 * people who acknowledged older versions, acknowledgments on both sides of the as-of boundary, repeated
 * acknowledgments, a later draft, and another policy's acknowledgments in the same table.
 */
class PolicyCheckAcrossVersionsTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
    /** Midnight after the as-of day: the first moment that no longer counts. */
    private static final Instant BOUNDARY = AS_OF.plusDays(1).atStartOfDay(ZONE).toInstant();
    private static final PolicyNumber POLICY = PolicyNumber.parse("5:125");

    @TempDir
    Path dir;
    private Database db;
    private RosterService rosters;
    private ComplianceRepository compliance;
    private PolicyRepository policies;
    private AcknowledgmentRepository acks;
    private Map<String, Long> ids;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("store"));
        policies = new PolicyRepository(db);
        compliance = new ComplianceRepository(db);
        acks = new AcknowledgmentRepository(db);
        rosters = new DefaultRosterService(new StaffRepository(db),
                new RosterChecker(compliance, new TrainingRepository(db), ZONE),
                Clock.fixed(AS_OF.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
        StringBuilder csv = new StringBuilder("Employee ID,Employee Name,Position,Email,Building,Hire Date,Status\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(String.format("%06d,\"Staff%02d, Pat\",Teacher,p%d@d.org,%s,2015-08-01,Active%n", i, i, i,
                    i % 2 == 0 ? "0150" : "0230"));
        }
        Path file = Files.writeString(dir.resolve("roster.csv"), csv, StandardCharsets.UTF_8);
        rosters.apply(rosters.preview(file, RosterImportOptions.guessed()), false);
        ids = new StaffRepository(db).employeeIds();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long version(PolicyNumber number, String text, VersionStatus status) {
        long policyId = policies.findPolicyId(number)
                .orElseGet(() -> policies.createPolicy(number, "Policy " + number, "General"));
        var doc = new PressParser().parse(number + " Policy " + number + "\n\n" + text + "\n");
        return policies.addVersion(policyId, new NewVersion(doc, status, null, false)).id();
    }

    private void ack(String employeeNo, long versionId, Instant at) {
        acks.record(new NewAcknowledgment(ids.get(employeeNo), versionId, at, AckMethod.PAPER, null, null, null));
    }

    private static Instant local(int year, int month, int day, int hour, int minute, int second) {
        return LocalDate.of(year, month, day).atTime(hour, minute, second).atZone(ZONE).toInstant();
    }

    @Test
    void statusesAndLastVersionsAcrossThreeAdoptedVersionsAndADraft() throws Exception {
        long v1 = version(POLICY, "First text.", VersionStatus.ADOPTED);
        long v2 = version(POLICY, "Second text.", VersionStatus.ADOPTED);
        long v3 = version(POLICY, "Third text.", VersionStatus.ADOPTED);
        long draft = version(POLICY, "Draft text.", VersionStatus.DRAFT);
        long other = version(PolicyNumber.parse("2:20"), "Another policy.", VersionStatus.ADOPTED);

        ack("000001", v3, BOUNDARY.minusSeconds(1));          // last second of the as-of day: counts
        ack("000002", v2, local(2024, 9, 3, 10, 0, 0));
        ack("000002", v3, BOUNDARY);                          // midnight after: too late
        ack("000003", v2, local(2024, 9, 3, 10, 0, 0));
        ack("000003", v1, local(2025, 3, 1, 10, 0, 0));       // re-signed the old version later: v2 still shown
        ack("000004", v1, local(2023, 9, 1, 8, 0, 0));
        ack("000004", v1, local(2024, 8, 30, 8, 0, 0));       // the later of two on the same version
        ack("000005", v3, local(2025, 10, 2, 8, 0, 0));       // only after the as-of date
        ack("000006", draft, local(2025, 9, 1, 8, 0, 0));     // a draft is not acknowledged policy
        ack("000007", other, local(2025, 9, 1, 8, 0, 0));     // another policy
        ack("000008", v3, local(2025, 8, 20, 8, 0, 0));
        ack("000008", v3, local(2025, 9, 20, 8, 0, 0));

        CheckResult r = rosters.check(new CheckRequest(new CheckSubject.Policy(POLICY), AS_OF, null, 30));

        assertThat(r.subjectLabel()).isEqualTo("5:125 Policy 5:125 (adopted version 3)");
        assertThat(r.rows()).filteredOn(row -> Integer.parseInt(row.employeeNo()) <= 8)
                .extracting(CheckRow::employeeNo, CheckRow::status, CheckRow::lastDone, CheckRow::lastDoneDate)
                .containsExactlyInAnyOrder(
                        tuple("000001", CheckStatus.DONE, "v3", AS_OF),
                        tuple("000002", CheckStatus.OVERDUE, "v2", LocalDate.of(2024, 9, 3)),
                        tuple("000003", CheckStatus.OVERDUE, "v2", LocalDate.of(2024, 9, 3)),
                        tuple("000004", CheckStatus.OVERDUE, "v1", LocalDate.of(2024, 8, 30)),
                        tuple("000005", CheckStatus.MISSING, null, null),
                        tuple("000006", CheckStatus.MISSING, null, null),
                        tuple("000007", CheckStatus.MISSING, null, null),
                        tuple("000008", CheckStatus.DONE, "v3", LocalDate.of(2025, 9, 20)));
        // Even IDs work at 0150 (000002, 4, 6, 8 …), odd at 0230; 40 staff, 2 done.
        assertThat(r.tallies()).containsExactly(
                new BuildingTally("0150", "0150", 20, 1, 0, 17, 2),
                new BuildingTally("0230", "0230", 20, 1, 0, 18, 1));

        // A day later 000002's and 000005's signatures count.
        CheckResult next = rosters.check(new CheckRequest(new CheckSubject.Policy(POLICY), AS_OF.plusDays(1), null,
                30));
        assertThat(next.total()).isEqualTo(new BuildingTally("ALL", "District", 40, 4, 0, 34, 2));
    }

    @Test
    void acknowledgmentFactsMatchTheLatestPerEmployeeAndVersionBeforeTheBoundary() {
        List<Long> versions = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            versions.add(version(POLICY, "Text " + v + ".", VersionStatus.ADOPTED));
        }
        long other = version(PolicyNumber.parse("2:20"), "Another policy.", VersionStatus.ADOPTED);
        List<Long> employees = new ArrayList<>(ids.values());
        Random random = new Random(83);
        List<NewAcknowledgment> recorded = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long version = i % 10 == 9 ? other : versions.get(random.nextInt(versions.size()));
            // Mostly within a few seconds of the boundary, some days away on either side.
            long offset = random.nextBoolean() ? random.nextInt(7) - 3 : (random.nextInt(41) - 20) * 86_400L;
            NewAcknowledgment a = new NewAcknowledgment(employees.get(random.nextInt(employees.size())), version,
                    BOUNDARY.plusSeconds(offset), AckMethod.KIOSK, null, null, null);
            recorded.add(a);
        }
        acks.recordAll(recorded.iterator());

        for (int n = 1; n <= versions.size(); n++) {
            List<Long> asked = versions.subList(versions.size() - n, versions.size());
            List<AckFact> facts = compliance.acknowledgments(asked, BOUNDARY);

            Map<List<Long>, Instant> expected = new HashMap<>();
            for (NewAcknowledgment a : recorded) {
                if (asked.contains(a.policyVersionId()) && a.acknowledgedAt().isBefore(BOUNDARY)) {
                    expected.merge(List.of(a.employeeId(), a.policyVersionId()), a.acknowledgedAt(),
                            (x, y) -> x.isAfter(y) ? x : y);
                }
            }
            Map<List<Long>, Instant> actual = new HashMap<>();
            facts.forEach(f -> actual.put(List.of(f.employeeId(), f.versionId()), f.lastAt()));
            assertThat(facts).as("one fact per employee and version, %d versions", n).hasSize(actual.size());
            assertThat(actual).as("%d versions", n).isNotEmpty().isEqualTo(expected);
        }
    }
}
