package org.policydesk.service.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policydesk.model.Building;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.RecordDates;
import org.policydesk.model.Recurrence;
import org.policydesk.model.SignInResult;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;
import org.policydesk.roster.MappingException;
import org.policydesk.roster.RawTable;
import org.policydesk.roster.RosterFileException;
import org.policydesk.roster.RosterFileReader;
import org.policydesk.roster.SignInMatcher;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;

/** Training use cases on top of {@link TrainingRepository}. */
public final class DefaultTrainingService implements TrainingService {

    static final String CHECKLIST = "CHECKLIST";
    static final String SIGN_IN_IMPORT = "SIGN_IN_IMPORT";

    private final TrainingRepository training;
    private final StaffRepository staff;
    private final PolicyRepository policies;

    public DefaultTrainingService(TrainingRepository training, StaffRepository staff, PolicyRepository policies) {
        this.training = training;
        this.staff = staff;
        this.policies = policies;
    }

    @Override
    public List<TrainingType> types() {
        return training.types();
    }

    @Override
    public TrainingType saveType(String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays,
                                 List<PolicyNumber> covered) throws RosterException {
        if (name == null || name.isBlank()) {
            throw new RosterException("A training type needs a name.");
        }
        List<Long> policyIds = covered == null ? null : policyIds(covered);
        try {
            return training.saveType(name.strip(), recurrence, recurrenceValue, newHireGraceDays, policyIds);
        } catch (IllegalArgumentException e) {
            throw new RosterException("Cannot save training type \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private TrainingType type(String name) throws RosterException {
        return training.type(name).orElseThrow(() -> new RosterException("There is no training type named \"" + name
                + "\"."));
    }

    @Override
    public TrainingSession addSession(String typeName, LocalDate heldOn, String buildingCode, String presenter,
                                      List<PolicyNumber> covered) throws RosterException {
        TrainingType type = type(typeName);
        var tooEarly = RecordDates.tooEarly(heldOn, "The session date");
        if (tooEarly.isPresent()) {
            throw new RosterException(tooEarly.get());
        }
        Long buildingId = null;
        if (buildingCode != null) {
            buildingId = staff.building(buildingCode).map(Building::id).orElseThrow(() -> new RosterException(
                    "There is no building with code \"" + buildingCode + "\"."));
        }
        return training.addSession(type.id(), heldOn, buildingId, presenter,
                policyIds(covered == null ? type.policies() : covered));
    }

    /** The store ids of the policies; a number not in the store is refused before anything is written. */
    private List<Long> policyIds(List<PolicyNumber> numbers) throws RosterException {
        List<Long> ids = new ArrayList<>();
        for (PolicyNumber n : numbers) {
            ids.add(policies.findPolicyId(n).orElseThrow(() -> new RosterException("There is no policy " + n
                    + " in the store.")));
        }
        return ids;
    }

    @Override
    public List<TrainingSession> sessions(String typeName) throws RosterException {
        return training.sessions(typeName == null ? null : type(typeName).id());
    }

    private TrainingSession requireSession(long sessionId) throws RosterException {
        return training.session(sessionId).orElseThrow(() -> new RosterException("There is no training session "
                + sessionId + "."));
    }

    /** Attendance is a record of something that happened: a session still ahead has nobody present yet. */
    private void requireHeld(long sessionId) throws RosterException {
        TrainingSession session = requireSession(sessionId);
        if (session.heldOn() != null && session.heldOn().isAfter(LocalDate.now())) {
            throw new RosterException("Training session " + sessionId + " (" + session.trainingTypeName() + ", "
                    + session.heldOn() + ") has not happened yet; attendance can be recorded from that day on.");
        }
    }

    @Override
    public int markAttendance(long sessionId, Collection<String> employeeNos) throws RosterException {
        requireHeld(sessionId);
        Map<String, Long> ids = staff.employeeIds();
        List<Long> present = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String no : employeeNos) {
            Long id = ids.get(no.strip());
            if (id == null) {
                unknown.add(no);
            } else {
                present.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RosterException("No employee with ID " + String.join(", ", unknown) + "; nobody was marked.");
        }
        return training.addAttendance(sessionId, present, CHECKLIST);
    }

    @Override
    public void unmarkAttendance(long sessionId, String employeeNo) throws RosterException {
        requireSession(sessionId);
        Long id = staff.employeeIds().get(employeeNo);
        if (id == null) {
            throw new RosterException("No employee with ID " + employeeNo + ".");
        }
        training.removeAttendance(sessionId, id);
    }

    @Override
    public List<Employee> attendees(long sessionId) throws RosterException {
        requireSession(sessionId);
        Map<Long, Employee> byId = new HashMap<>();
        staff.employees().forEach(e -> byId.put(e.id(), e));
        return training.attendees(sessionId).stream().map(byId::get).toList();
    }

    @Override
    public SignInResult importSignIn(long sessionId, Path file, boolean dryRun, boolean acceptValidRows)
            throws RosterException {
        requireHeld(sessionId);
        RawTable table;
        SignInMatcher.Matches matches;
        try {
            table = new RosterFileReader().read(file, null, null);
            matches = new SignInMatcher().match(table, staff.employees());
        } catch (RosterFileException | MappingException e) {
            throw new RosterException(e.getMessage(), e);
        }
        List<Long> before = training.attendees(sessionId);
        int already = (int) matches.employeeIds().stream().filter(before::contains).count();
        int recorded = 0;
        if (!dryRun && (matches.problems().isEmpty() || acceptValidRows)) {
            recorded = training.addAttendance(sessionId, matches.employeeIds(), SIGN_IN_IMPORT);
        }
        return new SignInResult(matches.rows(), matches.employeeIds().size(), already, recorded, matches.problems());
    }
}
