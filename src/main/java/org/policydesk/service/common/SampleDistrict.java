package org.policydesk.service.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.roster.RosterChecker;
import org.policydesk.service.library.PolicyService;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.TrainingService;

/**
 * The sample district shipped in the jar under {@code policydesk/sample/}: policies, and training types with a
 * session or two. Manifests name the files and rows, because a folder inside a jar cannot be listed portably.
 */
public final class SampleDistrict {

    static final String ROOT = "policydesk/sample/";
    static final String MANIFEST = ROOT + "policies.list";
    static final String TRAINING_TYPES = ROOT + "training/types.list";
    static final String TRAINING_SESSIONS = ROOT + "training/sessions.list";

    private final ClassLoader loader = SampleDistrict.class.getClassLoader();

    /** Imports every sample policy, in manifest order, and returns how many files were imported. */
    int loadInto(PolicyService policies) {
        List<String> names = manifest();
        for (String name : names) {
            policies.importText(name, resource(ROOT + "policies/" + name));
        }
        return names.size();
    }

    /**
     * Adds the sample training types (after the policies they cover) and their sessions, dated back from
     * {@code today} so that the annual session falls in the current school year. Attendance needs staff, and a
     * new store has none: the sign-in sheets beside these lists are for after the sample roster is imported.
     */
    void loadTrainingInto(TrainingService training, LocalDate today) throws RosterException {
        for (List<String> type : rows(TRAINING_TYPES)) {
            String[] due = cell(type, 1).split("\\s+");
            training.saveType(cell(type, 0), Recurrence.valueOf(due[0]),
                    due.length > 1 ? Integer.valueOf(due[1]) : null, Integer.parseInt(cell(type, 2)),
                    policyNumbers(cell(type, 3)));
        }
        LocalDate mid = RosterChecker.schoolYearStart(today).withMonth(Month.AUGUST.getValue()).withDayOfMonth(15);
        LocalDate latest = today.isBefore(mid) ? today : mid;
        for (List<String> session : rows(TRAINING_SESSIONS)) {
            training.addSession(cell(session, 0), latest.minusYears(Integer.parseInt(cell(session, 1))), null,
                    cell(session, 2), null);
        }
    }

    private static List<PolicyNumber> policyNumbers(String list) {
        return Arrays.stream(list.split("\\s+")).filter(s -> !s.isEmpty()).map(PolicyNumber::parse).toList();
    }

    List<String> manifest() {
        return lines(MANIFEST);
    }

    /** The rows of a "|"-separated list, each cell stripped. */
    private List<List<String>> rows(String name) {
        return lines(name).stream()
                .map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toList())
                .toList();
    }

    /** A row's cell; an empty last cell may be left out of the list. */
    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }

    private List<String> lines(String name) {
        return resource(name).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private String resource(String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The sample district is missing from this build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read sample file " + name, e);
        }
    }
}
