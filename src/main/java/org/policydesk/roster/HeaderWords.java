package org.policydesk.roster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policydesk.model.RosterField;

/**
 * Reads a column header as words and says how strongly it names each roster field. Vendors write the same
 * thing as "Employee ID", "EMPLOYEE_ID", "EmployeeID" or "TeacherID2", so headers are split at spaces,
 * punctuation, underscores, camelCase humps and digits before they are compared.
 */
final class HeaderWords {

    /** Split points of camelCase and digits: "PrimaryBuildingName" → "Primary Building Name", "ID2" → "ID 2". */
    private static final Pattern HUMP = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"
            + "|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9#]+");

    private static final Set<String> ID_WORDS = Set.of("id", "number", "no", "num", "nbr", "#", "code", "key");
    private static final Set<String> PERSON_WORDS = Set.of("employee", "emp", "staff", "teacher", "personnel",
            "payroll", "badge", "person", "local", "educator", "worker", "faculty", "user", "name");
    /** Words that make an ID column someone else's number: the state's, Social Security, a system's row key. */
    private static final Set<String> OTHER_ID_WORDS = Set.of("state", "ssn", "social", "dcid", "clever", "sis",
            "federal", "nces", "license", "certificate", "cert", "district", "school", "building", "location",
            "site", "job", "position", "dept", "department", "class", "section", "course", "homeroom", "room",
            "phone", "zip", "vendor", "bank", "account", "other", "alt", "alternate", "secondary", "old", "former",
            "previous", "legacy");
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passcode", "pin",
            "secret", "passphrase");
    private static final Set<String> BUILDING_WORDS = Set.of("building", "bldg", "school", "location", "loc",
            "site", "campus", "entity", "facility", "sch");
    private static final Set<String> POSITION_WORDS = Set.of("title", "position", "job", "role", "assignment",
            "category", "occupation", "classification", "class", "department", "dept");

    /** Each field's synonyms as keys, worked out once. */
    private static final Map<RosterField, List<String>> SYNONYM_KEYS = synonymKeys();

    private HeaderWords() {
    }

    private static Map<RosterField, List<String>> synonymKeys() {
        Map<RosterField, List<String>> out = new EnumMap<>(RosterField.class);
        for (RosterField f : RosterField.values()) {
            out.put(f, f.headerWords().stream().map(HeaderWords::key).toList());
        }
        return out;
    }

    /** Lower-case words of a header, accents dropped: "TeacherID2" → [teacher, id, 2]. */
    static List<String> words(String header) {
        if (header == null) {
            return List.of();
        }
        String s = HUMP.matcher(header.strip()).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words joined by single spaces: the key saved mappings and presets compare by. */
    static String key(String header) {
        return String.join(" ", words(header));
    }

    static boolean isSecret(String header) {
        return words(header).stream().anyMatch(SECRET_WORDS::contains);
    }

    /** How strongly the header names each field, 0 to 1; empty for a header that names none. */
    static Map<RosterField, Double> scores(String header) {
        Map<RosterField, Double> out = new EnumMap<>(RosterField.class);
        List<String> w = words(header);
        if (w.isEmpty() || isSecret(header)) {
            return out;
        }
        String joined = String.join(" ", w);
        String withoutNumber = joined.replaceAll("\\s*\\d+$", "");
        for (RosterField field : RosterField.values()) {
            for (String s : SYNONYM_KEYS.get(field)) {
                if (joined.equals(s) || field.repeatable() && withoutNumber.equals(s)) {
                    // "id" alone is a weaker claim than "Employee ID": a file may have several bare IDs.
                    out.put(field, field == RosterField.EMPLOYEE_ID && w.size() == 1 && !s.startsWith("emp")
                            ? 0.75 : 1.0);
                }
            }
        }
        loose(w, out);
        return out;
    }

    private static void loose(List<String> w, Map<RosterField, Double> out) {
        boolean other = w.stream().anyMatch(OTHER_ID_WORDS::contains);
        boolean idWord = w.stream().anyMatch(ID_WORDS::contains);
        boolean person = w.stream().anyMatch(PERSON_WORDS::contains);
        boolean name = w.contains("name");
        // "Name ID" is the key of a person's name record (Skyward's term): the person's own number.
        boolean nameRecordId = w.equals(List.of("name", "id"));
        if (idWord && person && (!name || nameRecordId)) {
            put(out, RosterField.EMPLOYEE_ID, other ? 0.2 : w.contains("person") || w.contains("user") ? 0.5 : 0.85);
        } else if (idWord && !other && !name && w.size() <= 2) {
            put(out, RosterField.EMPLOYEE_ID, 0.45);
        }
        boolean last = w.contains("last") || w.contains("surname") || w.contains("lname") || w.contains("family");
        boolean first = w.contains("first") || w.contains("given") || w.contains("fname");
        boolean notName = w.contains("login") || w.contains("modified") || w.contains("updated") || w.contains("day")
                || w.contains("date") || w.contains("changed");
        if (last && first && !notName) {
            put(out, RosterField.FULL_NAME, 0.9);
        } else if (last && !notName && (name || w.size() <= 2)) {
            put(out, RosterField.LAST_NAME, w.contains("preferred") || w.contains("maiden") ? 0.4 : 0.9);
        } else if (first && !notName && (name || w.size() <= 2)) {
            put(out, RosterField.FIRST_NAME, w.contains("preferred") || w.contains("nick") ? 0.5 : 0.9);
        } else if ((w.contains("middle") || w.contains("mi") || w.contains("mname")) && !notName) {
            put(out, RosterField.MIDDLE_NAME, 0.9);
        } else if (name && person && !other) {
            put(out, RosterField.FULL_NAME, 0.8);
        }
        if (w.contains("email") || w.contains("mail") || w.contains("e") && w.contains("mail")) {
            put(out, RosterField.EMAIL, w.contains("personal") || w.contains("home") ? 0.5 : 0.9);
        }
        boolean building = w.stream().anyMatch(BUILDING_WORDS::contains);
        boolean yearOrOther = w.contains("year") || w.contains("type") || w.contains("district") && !building
                || w.contains("phone") || w.contains("address") || w.contains("city") || w.contains("zip");
        if (building && !yearOrOther) {
            put(out, RosterField.BUILDING, 0.85);
        }
        if (w.stream().anyMatch(POSITION_WORDS::contains) && !building && !w.contains("date")) {
            put(out, RosterField.POSITION, idWord ? 0.45 : w.contains("department") || w.contains("dept")
                    || w.contains("category") ? 0.55 : 0.8);
        }
        boolean date = w.contains("date") || w.contains("dt") || w.contains("day");
        if (w.contains("hire") || w.contains("hired") || w.contains("doh") || w.contains("seniority")
                || date && (w.contains("start") || w.contains("employment") && !w.contains("end"))) {
            put(out, RosterField.HIRE_DATE, w.contains("seniority") ? 0.6 : 0.9);
        }
        if (w.contains("termination") || w.contains("terminated") || w.contains("separation") || w.contains("exit")
                || date && (w.contains("term") || w.contains("end") || w.contains("leave") || w.contains("left")
                || w.contains("inactive") || w.contains("resignation") || w.contains("retirement"))) {
            put(out, RosterField.LEAVE_DATE, 0.9);
        }
        if ((w.contains("status") || w.contains("active") || w.contains("state") && w.contains("account"))
                && !date && !idWord) {
            // PowerSchool's StaffStatus is the kind of staff (teacher, substitute), not whether they still work.
            put(out, RosterField.STATUS, w.contains("staff") && w.contains("status") ? 0.3
                    : w.contains("marital") || w.contains("tax") || w.contains("exempt") ? 0.1 : 0.85);
        }
    }

    private static void put(Map<RosterField, Double> out, RosterField field, double score) {
        out.merge(field, score, Math::max);
    }
}
