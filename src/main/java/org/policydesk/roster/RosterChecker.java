package org.policydesk.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.policydesk.model.BuildingTally;
import org.policydesk.model.CheckRequest;
import org.policydesk.model.CheckResult;
import org.policydesk.model.CheckRow;
import org.policydesk.model.CheckStatus;
import org.policydesk.model.CheckSubject;
import org.policydesk.model.Employee;
import org.policydesk.model.TrainingType;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.ComplianceRepository.AckFact;
import org.policydesk.store.ComplianceRepository.Placement;
import org.policydesk.store.ComplianceRepository.PolicyVersions;
import org.policydesk.store.ComplianceRepository.VersionRef;
import org.policydesk.store.TrainingRepository;

/**
 * Answers "who in which building has not acknowledged the current version of a policy, or missed a training,
 * as of a date". Works offline on the store; each check reads three indexed queries and decides in memory.
 *
 * <p>A new hire is someone hired in the school year of the as-of date (July 1 – June 30). One still inside the
 * grace period counts as {@link CheckStatus#IN_GRACE}; past it, as missing.
 */
public final class RosterChecker {

    private final ComplianceRepository compliance;
    private final TrainingRepository training;
    private final ZoneId zone;

    public RosterChecker(ComplianceRepository compliance, TrainingRepository training, ZoneId zone) {
        this.compliance = compliance;
        this.training = training;
        this.zone = zone;
    }

    /** July 1 of the school year that {@code date} falls in. */
    public static LocalDate schoolYearStart(LocalDate date) {
        int year = date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, Month.JULY, 1);
    }

    public CheckResult check(CheckRequest request) throws CheckException {
        if (request.subject() instanceof CheckSubject.Policy p) {
            return checkPolicy(request, p);
        }
        return checkTraining(request, (CheckSubject.Training) request.subject());
    }

    private CheckResult checkPolicy(CheckRequest request, CheckSubject.Policy subject) throws CheckException {
        PolicyVersions policy = compliance.policyVersions(subject.number())
                .orElseThrow(() -> new CheckException("There is no policy " + subject.number() + " in the store."));
        VersionRef current = policy.currentAdopted()
                .orElseThrow(() -> new CheckException("Policy " + subject.number()
                        + " has no adopted version yet, so there is nothing to acknowledge."));
        // Look the versions up first; only versions up to the current one count (a draft's acknowledgment does not).
        Map<Long, Integer> seqById = new HashMap<>();
        for (VersionRef v : policy.versions()) {
            if (v.seq() <= current.seq()) {
                seqById.put(v.id(), v.seq());
            }
        }
        LocalDate asOf = request.asOf();
        Instant before = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        List<Placement> staff = compliance.staffAsOf(asOf, request.buildingCode());
        List<AckFact> facts = compliance.acknowledgments(seqById.keySet(), before);
        Map<Long, Instant> currentAt = new HashMap<>(facts.size() * 4 / 3 + 1);
        Map<Long, AckFact> latestOlder = new HashMap<>();
        for (AckFact a : facts) {
            if (a.versionId() == current.id()) {
                currentAt.put(a.employeeId(), a.lastAt());
            } else {
                latestOlder.merge(a.employeeId(), a, (x, y) -> seqById.get(x.versionId()) >= seqById.get(y.versionId()) ? x : y);
            }
        }
        LocalDate yearStart = schoolYearStart(asOf);
        String cur = "v" + current.seq();
        String reAcknowledge = "needs re-acknowledgment of " + cur;
        String acknowledge = "acknowledgment of " + cur;
        List<CheckRow> rows = new ArrayList<>(staff.size());
        for (Placement p : staff) {
            boolean newHire = p.hireDate() != null && !p.hireDate().isBefore(yearStart);
            LocalDate dueBy = newHire ? p.hireDate().plusDays(request.graceDays()) : null;
            Instant done = currentAt.get(p.employeeId());
            AckFact older = latestOlder.get(p.employeeId());
            if (done == null && older != null && onlyEditorialSince(policy, seqById.get(older.versionId()), current)) {
                // Every adoption since the version they acknowledged was footnote/editorial only: still done.
                rows.add(row(p, CheckStatus.DONE, "v" + seqById.get(older.versionId()), date(older.lastAt()), newHire,
                        dueBy, ""));
                continue;
            }
            if (done != null) {
                rows.add(row(p, CheckStatus.DONE, cur, date(done), newHire, dueBy, ""));
            } else if (newHire && !asOf.isAfter(dueBy)) {
                rows.add(row(p, CheckStatus.IN_GRACE, older == null ? null : "v" + seqById.get(older.versionId()),
                        older == null ? null : date(older.lastAt()), true, dueBy,
                        "acknowledge " + cur + " by " + dueBy));
            } else if (older != null) {
                rows.add(row(p, CheckStatus.OVERDUE, "v" + seqById.get(older.versionId()), date(older.lastAt()),
                        newHire, dueBy, reAcknowledge));
            } else {
                rows.add(row(p, CheckStatus.MISSING, null, null, newHire, dueBy,
                        newHire ? acknowledge + " (grace period ended " + dueBy + ")" : acknowledge));
            }
        }
        String label = policy.number() + " " + policy.title() + " (adopted version " + current.seq() + ")";
        return result(request, label, rows);
    }

    /**
     * True when every version adopted after {@code ackSeq} up to the current one was marked editorial only.
     * Versions never adopted (drafts, discarded, not adopted) in between do not count.
     */
    static boolean onlyEditorialSince(PolicyVersions policy, int ackSeq, VersionRef current) {
        for (VersionRef v : policy.versions()) {
            boolean adopted = v.status() == org.policydesk.model.VersionStatus.ADOPTED
                    || v.status() == org.policydesk.model.VersionStatus.SUPERSEDED;
            if (v.seq() > ackSeq && v.seq() <= current.seq() && adopted && !v.editorial()) {
                return false;
            }
        }
        return true;
    }

    private CheckResult checkTraining(CheckRequest request, CheckSubject.Training subject) throws CheckException {
        TrainingType type = training.type(subject.name())
                .orElseThrow(() -> new CheckException("There is no training type named \"" + subject.name() + "\"."));
        LocalDate asOf = request.asOf();
        Map<Long, LocalDate> last = new HashMap<>();
        compliance.attendance(type.id(), asOf).forEach(f -> last.put(f.employeeId(), f.lastAttended()));
        List<Placement> staff = compliance.staffAsOf(asOf, request.buildingCode());
        LocalDate yearStart = schoolYearStart(asOf);
        List<CheckRow> rows = new ArrayList<>(staff.size());
        String name = type.name();
        for (Placement p : staff) {
            LocalDate attended = last.get(p.employeeId());
            boolean newHire = p.hireDate() != null && !p.hireDate().isBefore(yearStart);
            switch (type.recurrence()) {
                case SCHOOL_YEAR -> {
                    LocalDate dueBy = newHire ? p.hireDate().plusDays(type.newHireGraceDays()) : null;
                    if (attended != null && !attended.isBefore(yearStart)) {
                        rows.add(row(p, CheckStatus.DONE, name, attended, newHire, dueBy, ""));
                    } else if (newHire && !asOf.isAfter(dueBy)) {
                        rows.add(row(p, CheckStatus.IN_GRACE, attended == null ? null : name, attended, true, dueBy,
                                "attend by " + dueBy));
                    } else if (attended != null) {
                        rows.add(row(p, CheckStatus.OVERDUE, name, attended, newHire, dueBy,
                                "not attended in the " + yearStart.getYear() + "–" + (yearStart.getYear() + 1)
                                        + " school year"));
                    } else {
                        rows.add(row(p, CheckStatus.MISSING, null, null, newHire, dueBy, "never attended"));
                    }
                }
                case EVERY_N_YEARS -> {
                    int years = type.recurrenceValue();
                    LocalDate dueBy = newHire ? p.hireDate().plusDays(type.newHireGraceDays()) : null;
                    if (attended != null && attended.plusYears(years).isAfter(asOf)) {
                        rows.add(row(p, CheckStatus.DONE, name, attended, newHire, dueBy, ""));
                    } else if (newHire && attended == null && !asOf.isAfter(dueBy)) {
                        rows.add(row(p, CheckStatus.IN_GRACE, null, null, true, dueBy, "attend by " + dueBy));
                    } else if (attended != null) {
                        rows.add(row(p, CheckStatus.OVERDUE, name, attended, newHire, dueBy,
                                "expired " + attended.plusYears(years) + " (every " + years + " years)"));
                    } else {
                        rows.add(row(p, CheckStatus.MISSING, null, null, newHire, dueBy, "never attended"));
                    }
                }
                case AT_HIRE -> {
                    LocalDate dueBy = p.hireDate() == null ? null : p.hireDate().plusDays(type.recurrenceValue());
                    if (attended != null) {
                        rows.add(row(p, CheckStatus.DONE, name, attended, newHire, dueBy, ""));
                    } else if (dueBy != null && !asOf.isAfter(dueBy)) {
                        rows.add(row(p, CheckStatus.IN_GRACE, null, null, true, dueBy, "attend by " + dueBy));
                    } else {
                        rows.add(row(p, CheckStatus.MISSING, null, null, newHire, dueBy,
                                dueBy == null ? "never attended" : "was due by " + dueBy));
                    }
                }
                default -> throw new IllegalStateException(type.recurrence().name());
            }
        }
        return result(request, type.name() + " (" + type.describeRecurrence() + ")", rows);
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private static CheckRow row(Placement p, CheckStatus status, String lastDone, LocalDate lastDate, boolean newHire,
                                LocalDate dueBy, String missing) {
        String name = new Employee(p.employeeId(), p.employeeNo(), p.lastName(), p.firstName(), p.middleName(),
                null, null, List.of(), null, null, true).displayName();
        return new CheckRow(p.buildingCode(), p.buildingName(), p.employeeNo(), name, p.position(), status, lastDone, lastDate, newHire,
                p.hireDate(), newHire ? dueBy : null, missing);
    }

    /** Rows come in the store's staff order: building code, then last name, first name and ID. */
    private static CheckResult result(CheckRequest request, String label, List<CheckRow> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, CheckStatus> perPerson = new HashMap<>(rows.size() * 4 / 3 + 1);
        String building = null;
        int[] buildingCounts = null;
        for (CheckRow r : rows) {
            if (!r.buildingCode().equals(building)) {
                // Rows of one building come together, so the maps are touched once per building.
                building = r.buildingCode();
                buildingCounts = counts.computeIfAbsent(building, k -> new int[4]);
                names.putIfAbsent(building, r.buildingName());
            }
            buildingCounts[r.status().ordinal()]++;
            perPerson.putIfAbsent(r.employeeNo(), r.status());
        }
        List<BuildingTally> tallies = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            tallies.add(tally(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        int[] total = new int[4];
        perPerson.values().forEach(s -> total[s.ordinal()]++);
        return new CheckResult(request, label, request.asOf(), tallies,
                tally(request.buildingCode() == null ? "ALL" : request.buildingCode(), "District", total), rows);
    }

    private static BuildingTally tally(String code, String name, int[] c) {
        return new BuildingTally(code, name, c[0] + c[1] + c[2] + c[3], c[CheckStatus.DONE.ordinal()],
                c[CheckStatus.IN_GRACE.ordinal()], c[CheckStatus.MISSING.ordinal()], c[CheckStatus.OVERDUE.ordinal()]);
    }
}
