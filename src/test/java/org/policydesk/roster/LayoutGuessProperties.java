package org.policydesk.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.policydesk.model.LayoutGuess;
import org.policydesk.model.RosterField;

/**
 * Real vendor layouts (Clever, Genesis, Munis, PowerSchool, Infinite Campus) filled with invented people, then
 * their columns shuffled, their headers renamed to nothing meaningful or dropped: content alone must still find
 * the employee ID, the names and the building.
 */
class LayoutGuessProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    enum Kind { ID, STATE_ID, PERSON_ID, FIRST, LAST, MIDDLE, FULL, EMAIL, BUILDING_CODE, BUILDING_NAME, BUILDING_2,
        TITLE, STATUS, HIRE, TERM, USERNAME, PASSWORD }

    record Col(String header, Kind kind) {
    }

    static final List<List<Col>> LAYOUTS = List.of(
            List.of(new Col("School_id", Kind.BUILDING_CODE), new Col("Teacher_id", Kind.ID),
                    new Col("State_teacher_id", Kind.STATE_ID), new Col("Teacher_email", Kind.EMAIL),
                    new Col("First_name", Kind.FIRST), new Col("Middle_name", Kind.MIDDLE),
                    new Col("Last_name", Kind.LAST), new Col("Title", Kind.TITLE), new Col("Username", Kind.USERNAME),
                    new Col("Password", Kind.PASSWORD)),
            List.of(new Col("TeacherID2", Kind.ID), new Col("FirstName", Kind.FIRST), new Col("LastName", Kind.LAST),
                    new Col("PrimaryBuildingName", Kind.BUILDING_NAME), new Col("BuildingName2", Kind.BUILDING_2),
                    new Col("Title", Kind.TITLE), new Col("TerminationDate", Kind.TERM),
                    new Col("PayrollStatus", Kind.STATUS), new Col("Username", Kind.USERNAME),
                    new Col("MiddleName", Kind.MIDDLE)),
            List.of(new Col("Employee", Kind.ID), new Col("Last Name", Kind.LAST), new Col("First Name", Kind.FIRST),
                    new Col("MI", Kind.MIDDLE), new Col("Location", Kind.BUILDING_CODE), new Col("Job Class", Kind.TITLE),
                    new Col("Status", Kind.STATUS), new Col("Hire Date", Kind.HIRE)),
            List.of(new Col("TeacherNumber", Kind.ID), new Col("LastFirst", Kind.FULL),
                    new Col("SchoolID", Kind.BUILDING_CODE), new Col("Email_Addr", Kind.EMAIL),
                    new Col("Title", Kind.TITLE)),
            List.of(new Col("PersonID", Kind.PERSON_ID), new Col("StaffStateID", Kind.STATE_ID),
                    new Col("LocalStaffID", Kind.ID), new Col("LastName", Kind.LAST),
                    new Col("MiddleName", Kind.MIDDLE), new Col("FirstName", Kind.FIRST),
                    new Col("School", Kind.BUILDING_NAME)));

    private static final String[] FIRST = {"Maria", "James", "Linh", "Siobhán", "Carlos", "Aisha", "Robert", "Mei",
        "Priya", "Thomas", "Zofia", "Kwame", "Elena", "Daniel", "Fatima", "Hannah", "José", "Grace", "Omar", "Nora"};
    private static final String[] LAST = {"Okafor", "Nguyễn", "Brennan", "Kowalski", "Ramírez", "O'Connor",
        "Washington", "Haddad", "Svensson", "Petrović", "Abernathy", "Castellano", "Dubois", "Yamamoto", "Mbeki",
        "Fitzgerald", "Ostrowski", "Bautista", "Lindqvist", "Achterberg", "Whitfield", "Quintero"};
    private static final String[] SUFFIX = {"", "", "", "", "", " Jr.", " III", " Sr."};
    private static final String[] BUILDING_NAMES = {"Lincoln Elementary School", "Roosevelt Middle School",
        "Central High School", "Adams Elementary", "District Office", "Jefferson Academy"};
    private static final String[] BUILDING_CODES = {"0150", "0230", "0310", "0420", "0510"};
    private static final String[] TITLES = {"Teacher", "Teacher", "Teacher", "Aide", "Principal", "Custodian",
        "Secretary", "Nurse", "Counselor"};

    @Property(tries = 300)
    void contentFindsIdNamesAndBuildingWhateverTheHeaderSays(@ForAll("layouts") List<Col> layout,
                                                            @ForAll @IntRange(min = 25, max = 80) int people,
                                                            @ForAll long seed, @ForAll("headers") int header) {
        Random random = new Random(seed);
        List<Col> columns = new ArrayList<>(layout);
        Collections.shuffle(columns, random);
        List<RawRow> rows = new ArrayList<>();
        long line = 1;
        if (header != 2) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                names.add(header == 0 ? columns.get(i).header() : "Column " + (char) ('A' + i));
            }
            rows.add(new RawRow(line, line++, names, false));
        }
        for (int p = 0; p < people; p++) {
            Person person = new Person(p, random);
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(person.value(c.kind())));
            rows.add(new RawRow(line, line++, cells, false));
        }

        LayoutGuess guess = new LayoutGuesser(TODAY).guess(rows);

        String seen = guess.columns() + " over " + columns;
        assertThat(guess.mapping().hasHeader()).as("header seen in %s", seen).isEqualTo(header != 2);
        assertThat(kindOf(guess, columns, RosterField.EMPLOYEE_ID)).as(seen).isEqualTo(Kind.ID);
        if (layout.stream().anyMatch(c -> c.kind() == Kind.FULL)) {
            assertThat(kindOf(guess, columns, RosterField.FULL_NAME)).as(seen).isEqualTo(Kind.FULL);
        } else {
            assertThat(kindOf(guess, columns, RosterField.LAST_NAME)).as(seen).isEqualTo(Kind.LAST);
            assertThat(kindOf(guess, columns, RosterField.FIRST_NAME)).as(seen).isEqualTo(Kind.FIRST);
        }
        assertThat(kindOf(guess, columns, RosterField.BUILDING)).as(seen).isIn(Kind.BUILDING_CODE, Kind.BUILDING_NAME);
        assertThat(guess.confidence()).isGreaterThan(0.4);
    }

    private static Kind kindOf(LayoutGuess guess, List<Col> columns, RosterField field) {
        return guess.mapping().columnFor(field).map(c -> columns.get(c.index()).kind()).orElse(null);
    }

    @Provide
    Arbitrary<List<Col>> layouts() {
        return Arbitraries.of(LAYOUTS);
    }

    /** 0: the real header, 1: renamed to "Column A"…, 2: no header. */
    @Provide
    Arbitrary<Integer> headers() {
        return Arbitraries.of(0, 1, 2);
    }

    private static final class Person {
        private final String first;
        private final String last;
        private final int number;
        private final Random random;
        private final boolean active;

        Person(int index, Random random) {
            this.random = random;
            this.first = FIRST[random.nextInt(FIRST.length)];
            this.last = LAST[random.nextInt(LAST.length)] + SUFFIX[random.nextInt(SUFFIX.length)];
            this.number = 1000 + index * 7 + random.nextInt(5);
            this.active = random.nextInt(10) > 0;
        }

        String value(Kind kind) {
            return switch (kind) {
                case ID -> String.format("%06d", number);
                case STATE_ID -> String.valueOf(400_000_000L + number * 13L);
                case PERSON_ID -> String.valueOf(70_000 + number);
                case FIRST -> first;
                case LAST -> last;
                case MIDDLE -> random.nextBoolean() ? "" : String.valueOf((char) ('A' + random.nextInt(26)));
                case FULL -> last + ", " + first;
                case EMAIL -> first.charAt(0) + last.replaceAll("[^A-Za-z]", "").toLowerCase() + "@example.org";
                case BUILDING_CODE -> BUILDING_CODES[number % BUILDING_CODES.length];
                case BUILDING_NAME -> BUILDING_NAMES[number % BUILDING_NAMES.length];
                case BUILDING_2 -> random.nextInt(5) == 0 ? BUILDING_NAMES[random.nextInt(BUILDING_NAMES.length)] : "";
                case TITLE -> TITLES[random.nextInt(TITLES.length)];
                case STATUS -> active ? "A" : "I";
                case HIRE -> String.format("%02d/%02d/%d", 1 + random.nextInt(12), 1 + random.nextInt(28),
                        1995 + random.nextInt(30));
                case TERM -> active ? "" : "06/30/2025";
                case USERNAME -> (first.charAt(0) + last.replaceAll("[^A-Za-z]", "")).toLowerCase();
                case PASSWORD -> Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            };
        }
    }
}
