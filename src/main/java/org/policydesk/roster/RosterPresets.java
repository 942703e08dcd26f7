package org.policydesk.roster;

import static org.policydesk.model.RosterField.BUILDING;
import static org.policydesk.model.RosterField.EMAIL;
import static org.policydesk.model.RosterField.EMPLOYEE_ID;
import static org.policydesk.model.RosterField.FIRST_NAME;
import static org.policydesk.model.RosterField.FULL_NAME;
import static org.policydesk.model.RosterField.HIRE_DATE;
import static org.policydesk.model.RosterField.LAST_NAME;
import static org.policydesk.model.RosterField.LEAVE_DATE;
import static org.policydesk.model.RosterField.MIDDLE_NAME;
import static org.policydesk.model.RosterField.POSITION;
import static org.policydesk.model.RosterField.STATUS;
import static org.policydesk.model.RosterPreset.col;
import static org.policydesk.model.RosterPreset.other;
import static org.policydesk.model.RosterPreset.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policydesk.model.RosterPreset;

/**
 * The built-in vendor layouts (decision 0110 says where each comes from). Only columns the documentation names
 * are here; a district's extra columns are guessed like any other.
 */
public final class RosterPresets {

    private static final List<RosterPreset> ALL = List.of(
            new RosterPreset("clever-teachers", "Clever teachers.csv", "Clever SFTP specification, teachers.csv",
                    false, List.of(col("School_id", BUILDING), col("Teacher_id", EMPLOYEE_ID),
                    other("Teacher_number"), other("State_teacher_id"), col("Teacher_email", EMAIL),
                    col("First_name", FIRST_NAME), col("Middle_name", MIDDLE_NAME), col("Last_name", LAST_NAME),
                    col("Title", POSITION), other("Username"), secret("Password"))),
            new RosterPreset("clever-staff", "Clever staff.csv", "Clever SFTP specification, staff.csv", false,
                    List.of(col("School_id", BUILDING), col("Staff_id", EMPLOYEE_ID), col("Staff_email", EMAIL),
                            col("First_name", FIRST_NAME), col("Last_name", LAST_NAME), other("Department"),
                            col("Title", POSITION), other("Username"), secret("Password"), other("Role"))),
            new RosterPreset("powerschool-staff", "PowerSchool SIS staff export",
                    "PowerSchool SIS data dictionary, Users/SchoolStaff (Teachers view)", false,
                    List.of(col("TeacherNumber", EMPLOYEE_ID), col("LastFirst", FULL_NAME),
                            col("First_Name", FIRST_NAME), col("Middle_Name", MIDDLE_NAME),
                            col("Last_Name", LAST_NAME), col("SchoolID", BUILDING), other("HomeSchoolID"),
                            col("Status", STATUS), other("StaffStatus"), col("Email_Addr", EMAIL),
                            col("Title", POSITION), other("DCID"), other("ID"))),
            new RosterPreset("infinite-campus-staff", "Infinite Campus staff extract",
                    "Infinite Campus staff extracts (PersonID, StaffStateID, LocalStaffID, names; Header Off option)",
                    false, List.of(other("PersonID"), other("StaffStateID"), col("LocalStaffID", EMPLOYEE_ID),
                    col("LastName", LAST_NAME), col("MiddleName", MIDDLE_NAME), col("FirstName", FIRST_NAME))),
            new RosterPreset("infinite-campus-staff-headerless", "Infinite Campus staff extract, Header Off",
                    "Infinite Campus staff extracts generated with Header Off", true,
                    List.of(other("PersonID"), other("StaffStateID"), col("LocalStaffID", EMPLOYEE_ID),
                            col("LastName", LAST_NAME), col("MiddleName", MIDDLE_NAME),
                            col("FirstName", FIRST_NAME))),
            new RosterPreset("genesis-level-data", "Genesis Level Data Export (staff)",
                    "Genesis support article \"Level Data Export\"", false,
                    List.of(col("TeacherID2", EMPLOYEE_ID), col("FirstName", FIRST_NAME), col("LastName", LAST_NAME),
                            secret("Password"), col("PrimaryBuildingName", BUILDING), col("BuildingName2", BUILDING),
                            col("BuildingName3", BUILDING), col("BuildingName4", BUILDING),
                            col("BuildingName5", BUILDING), col("BuildingName6", BUILDING),
                            col("BuildingName7", BUILDING), col("Title", POSITION), other("Category"),
                            other("JobTitleCode"), col("TerminationDate", LEAVE_DATE), col("PayrollStatus", STATUS),
                            other("AUP"), other("Username"), other("Homeroom"), col("MiddleName", MIDDLE_NAME),
                            other("JobDescription"), other("Is Coach"))),
            new RosterPreset("frontline-absence", "Frontline / Aesop-style absence system employees",
                    "Absence & substitute systems' bulk user files (Personnel ID, Site 1 … Site n, Account State)",
                    false, List.of(other("Role"), col("Email", EMAIL), col("First Name", FIRST_NAME),
                    col("Last Name", LAST_NAME), col("Personnel ID", EMPLOYEE_ID), other("Phone"),
                    col("Job Classification 1", POSITION), col("Site 1", BUILDING), col("Site 2", BUILDING),
                    col("Site 3", BUILDING), col("Site 4", BUILDING), col("Account State", STATUS))),
            new RosterPreset("munis-employee-master", "Tyler Munis employee master",
                    "Tyler Munis Employee Master (Employee, Last Name, First Name, MI, Location, Job Class)", false,
                    List.of(col("Employee", EMPLOYEE_ID), col("Last Name", LAST_NAME),
                            col("First Name", FIRST_NAME), col("MI", MIDDLE_NAME), col("Location", BUILDING),
                            col("Job Class", POSITION), col("Status", STATUS), col("Hire Date", HIRE_DATE),
                            col("Term Date", LEAVE_DATE))));

    private RosterPresets() {
    }

    public static List<RosterPreset> all() {
        return ALL;
    }

    public static Optional<RosterPreset> named(String name) {
        return ALL.stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The header preset that names the largest share of this header's columns, when that share is convincing. */
    static Optional<Match> matchHeader(List<String> header) {
        List<String> keys = new ArrayList<>();
        header.forEach(h -> keys.add(HeaderWords.key(h)));
        Match best = null;
        for (RosterPreset preset : ALL) {
            if (preset.positional()) {
                continue;
            }
            int found = 0;
            for (RosterPreset.Column c : preset.columns()) {
                if (keys.contains(HeaderWords.key(c.header()))) {
                    found++;
                }
            }
            long nonBlank = keys.stream().filter(k -> !k.isEmpty()).count();
            // Share of the file's columns the preset names, and of the preset's columns the file has.
            double score = Math.min((double) found / Math.max(1, Math.min(nonBlank, preset.columns().size())), 1.0);
            if (found >= 3 && score >= 0.6 && (best == null || score > best.score)) {
                best = new Match(preset, score);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The preset column with this header, if any. */
    static Optional<RosterPreset.Column> column(RosterPreset preset, String header) {
        String key = HeaderWords.key(header);
        return preset.columns().stream().filter(c -> HeaderWords.key(c.header()).equals(key)).findFirst();
    }

    record Match(RosterPreset preset, double score) {
    }
}
