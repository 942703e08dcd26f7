package org.policydesk.service.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.SignInResult;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;

/** Training types, sessions and attendance. All calls may block: never call on the FX thread. */
public interface TrainingService {

    List<TrainingType> types();

    /** Adds a type or updates the one of the same name; the policies it covers stay as they were. */
    default TrainingType saveType(String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays)
            throws RosterException {
        return saveType(name, recurrence, recurrenceValue, newHireGraceDays, null);
    }

    /**
     * Adds a type or updates the one of the same name.
     *
     * @param policies the policies it covers, replacing those it had; null leaves them as they are
     */
    TrainingType saveType(String name, Recurrence recurrence, Integer recurrenceValue, int newHireGraceDays,
                          List<PolicyNumber> policies) throws RosterException;

    /**
     * Records a held session.
     *
     * @param buildingCode null for district-wide
     * @param policies     the policies it covered; null for those its type covers
     */
    TrainingSession addSession(String typeName, LocalDate heldOn, String buildingCode, String presenter,
                               List<PolicyNumber> policies) throws RosterException;

    /** Sessions of a type, or of all types when {@code typeName} is null; newest first. */
    List<TrainingSession> sessions(String typeName) throws RosterException;

    /** Marks staff (by employee ID) present; unknown IDs are refused before anything is written. Returns newly marked. */
    int markAttendance(long sessionId, Collection<String> employeeNos) throws RosterException;

    void unmarkAttendance(long sessionId, String employeeNo) throws RosterException;

    List<Employee> attendees(long sessionId) throws RosterException;

    /**
     * Reads a sign-in sheet (CSV/XLSX with an employee ID column, or a name column) and marks those it names.
     * With problem lines nothing is written unless {@code acceptValidRows}; {@code dryRun} writes nothing.
     */
    SignInResult importSignIn(long sessionId, Path file, boolean dryRun, boolean acceptValidRows)
            throws RosterException;
}
