package org.policydesk.roster;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policydesk.model.RosterField;

/**
 * What a column's values look like in a sample of rows, and from that how well each field fits it, 0 to 1.
 * Used when the header names nothing PolicyDesk knows, or the file has no header, and to check a header's claim.
 * Each clue is a share of the sample, so one odd value never decides.
 */
final class ColumnProfile {

    private static final Pattern ID = Pattern.compile("[A-Za-z]{0,3}[-_]?\\d{2,12}[A-Za-z]?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv|v)\\.?");
    /** One name word: a capital (any script's), then letters, apostrophes, hyphens or dots. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\p{L}'\\p{Lu}[\\p{L}]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}]+");
    private static final Pattern CODE = Pattern.compile("\\d{1,5}|[A-Z][A-Z0-9]{1,5}");
    private static final Set<String> ACTIVE_FLAGS = Set.of("a", "active", "y", "yes", "current", "employed");
    private static final Set<String> INACTIVE_FLAGS = Set.of("i", "inactive", "n", "no", "t", "terminated",
            "term", "retired", "resigned", "separated", "former", "l", "leave", "loa");
    private static final Set<String> BUILDING_WORDS = Set.of("school", "elementary", "elem", "middle", "high",
            "academy", "center", "centre", "campus", "primary", "intermediate", "junior", "hs", "ms", "es",
            "office", "district", "building", "bldg", "annex", "early", "preschool", "learning", "education",
            "transportation", "administration", "admin", "central", "ctr");
    private static final Set<String> POSITION_WORDS = Set.of("teacher", "aide", "principal", "custodian",
            "secretary", "nurse", "counselor", "para", "paraprofessional", "clerk", "driver", "director",
            "coordinator", "librarian", "coach", "psychologist", "substitute", "sub", "superintendent", "assistant",
            "specialist", "manager", "cook", "technician", "therapist", "social", "worker", "bus", "food", "service",
            "maintenance", "administrator", "dean", "interventionist", "instructor", "tutor", "monitor", "aid");

    private final int rows;
    private final int filled;
    private final int distinct;
    private final double idShare;
    private final double leadingZeroShare;
    private final double emailShare;
    private final double dateShare;
    private final double serialShare;
    private final double commaNameShare;
    private final double spacedNameShare;
    private final double wordNameShare;
    private final double initialShare;
    private final double firstNameShare;
    private final double statusShare;
    private final double codeShare;
    private final double buildingWordShare;
    private final double positionWordShare;
    private final String sample;

    ColumnProfile(List<String> values, LocalDate today) {
        rows = values.size();
        Set<String> seen = new HashSet<>();
        int n = 0;
        int ids = 0;
        int zeros = 0;
        int emails = 0;
        int dates = 0;
        int serials = 0;
        int commaNames = 0;
        int spacedNames = 0;
        int wordNames = 0;
        int initials = 0;
        int firstNames = 0;
        int status = 0;
        int codes = 0;
        int buildingWords = 0;
        int positionWords = 0;
        String first = "";
        for (String raw : values) {
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (n == 0) {
                first = v;
            }
            n++;
            String lower = v.toLowerCase(Locale.ROOT);
            seen.add(lower);
            boolean hasDigit = false;
            for (int i = 0; i < v.length() && !hasDigit; i++) {
                hasDigit = Character.isDigit(v.charAt(i));
            }
            boolean startsWithLetter = Character.isLetter(v.charAt(0));
            // Each test runs only on values it can match: the sample is read for every column of every file.
            if (hasDigit && v.length() <= 16 && ID.matcher(v).matches()) {
                ids++;
                if (v.charAt(0) == '0' && v.length() > 1) {
                    zeros++;
                }
            }
            if (v.indexOf('@') > 0 && EMAIL.matcher(v).matches()) {
                emails++;
            }
            if (hasDigit && v.length() == 5 && v.chars().allMatch(Character::isDigit)) {
                int days = Integer.parseInt(v);
                if (days > 20_000 && days < 60_000) {
                    serials++;
                }
            } else if (hasDigit && isDate(v, today)) {
                dates++;
            }
            if (v.length() <= 12 && (ACTIVE_FLAGS.contains(lower) || INACTIVE_FLAGS.contains(lower))) {
                status++;
            }
            if (v.length() <= 6 && CODE.matcher(v).matches()) {
                codes++;
            }
            if (startsWithLetter && !hasDigit) {
                int comma = v.indexOf(',');
                if (comma > 0 && nameWords(v.substring(0, comma)) && nameWords(v.substring(comma + 1))) {
                    commaNames++;
                } else if (comma < 0 && nameWords(v)) {
                    // "White III" and "Haddad Jr." are one name with a suffix, not two names.
                    int words = 0;
                    for (String w : SPACES.split(v)) {
                        if (!SUFFIX.matcher(w).matches()) {
                            words++;
                        }
                    }
                    if (words == 1) {
                        wordNames++;
                        if (INITIAL.matcher(v).matches()) {
                            initials++;
                        }
                    } else if (words <= 4) {
                        spacedNames++;
                    }
                }
                if (FirstNames.contains(v)) {
                    firstNames++;
                }
                boolean building = false;
                boolean position = false;
                for (String w : WORD_BREAK.split(lower)) {
                    building |= BUILDING_WORDS.contains(w);
                    position |= POSITION_WORDS.contains(w);
                }
                buildingWords += building ? 1 : 0;
                positionWords += position ? 1 : 0;
            }
        }
        filled = n;
        distinct = seen.size();
        double d = Math.max(1, n);
        idShare = ids / d;
        leadingZeroShare = zeros / d;
        emailShare = emails / d;
        dateShare = dates / d;
        serialShare = serials / d;
        commaNameShare = commaNames / d;
        spacedNameShare = spacedNames / d;
        wordNameShare = wordNames / d;
        initialShare = initials / d;
        firstNameShare = firstNames / d;
        statusShare = status / d;
        codeShare = codes / d;
        buildingWordShare = buildingWords / d;
        positionWordShare = positionWords / d;
        sample = first;
    }

    private static boolean isDate(String v, LocalDate today) {
        // Dates have digits; checking first keeps the patterns off names and codes.
        if (v.length() < 6 || v.length() > 30 || v.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return RosterDates.orNull(v, today) != null;
    }

    /** Capitalised name words, allowing a trailing "Jr." or "III" and a middle initial. */
    private static boolean nameWords(String s) {
        String[] words = SPACES.split(s.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !SUFFIX.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    String sample() {
        return sample;
    }

    boolean isEmpty() {
        return filled == 0;
    }

    double fill() {
        return rows == 0 ? 0 : (double) filled / rows;
    }

    double uniqueness() {
        return filled == 0 ? 0 : (double) distinct / filled;
    }

    /** A pattern letter for the column's kind, for remembering the shape of a headerless file. */
    char kind() {
        Map<RosterField, Double> s = scores();
        if (filled == 0) {
            return '-';
        }
        RosterField best = s.entrySet().stream().filter(e -> e.getValue() >= 0.5)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return best == null ? 't' : switch (best) {
            case EMPLOYEE_ID -> 'i';
            case EMAIL -> 'e';
            case HIRE_DATE, LEAVE_DATE -> 'd';
            case STATUS -> 's';
            case BUILDING, POSITION -> 'c';
            default -> 'n';
        };
    }

    /** How well each field fits the values. */
    Map<RosterField, Double> scores() {
        Map<RosterField, Double> out = new EnumMap<>(RosterField.class);
        if (filled == 0) {
            return out;
        }
        double unique = uniqueness();
        // Staff listed once per building repeat their IDs, so uniqueness helps an ID but need not be total.
        if (idShare >= 0.9 && dateShare < 0.5 && statusShare < 0.5) {
            double few = distinct < 4 && filled > 8 ? 0.3 : 1.0;
            out.put(RosterField.EMPLOYEE_ID, few * Math.min(0.95, 0.45 + 0.35 * Math.min(1, unique / 0.8)
                    + 0.1 * Math.min(1, leadingZeroShare * 4) + 0.05 * fill() - 0.2 * serialShare));
        }
        out.put(RosterField.EMAIL, emailShare);
        double dated = dateShare + 0.6 * serialShare;
        if (dated >= 0.8) {
            // A column of dates most rows fill is a hire date; one most leave blank is a leaving date.
            out.put(fill() >= 0.6 ? RosterField.HIRE_DATE : RosterField.LEAVE_DATE, 0.5 + 0.2 * dated);
        }
        if (statusShare >= 0.9 && distinct <= 6) {
            out.put(RosterField.STATUS, distinct == 1 ? 0.55 : 0.8);
        }
        // Names repeat (a common first name, a person on several rows) but far less than codes do.
        double nameSpread = Math.min(1, unique / 0.2);
        if (commaNameShare >= 0.7) {
            out.put(RosterField.FULL_NAME, 0.9 * commaNameShare);
        } else if (spacedNameShare >= 0.7 && buildingWordShare < 0.3 && positionWordShare < 0.3) {
            out.put(RosterField.FULL_NAME, 0.7 * spacedNameShare * nameSpread);
        }
        if (initialShare >= 0.7) {
            out.put(RosterField.MIDDLE_NAME, 0.75);
        } else if (wordNameShare + spacedNameShare * 0.5 >= 0.7 && buildingWordShare < 0.3 && positionWordShare < 0.3
                && codeShare < 0.5 && statusShare < 0.5) {
            double name = Math.min(1, wordNameShare + spacedNameShare * 0.5) * nameSpread;
            out.put(RosterField.FIRST_NAME, name * (0.45 + 0.45 * Math.min(1, firstNameShare * 2.5)));
            out.put(RosterField.LAST_NAME, name * (0.8 - 0.5 * Math.min(1, firstNameShare * 2.5)));
        }
        // A building column repeats few values; a code column or one with school words is a building.
        boolean few = distinct <= Math.max(3, Math.min(60, filled / 3)) || unique <= 0.35;
        if (few && statusShare < 0.9 && dated < 0.5 && emailShare < 0.5) {
            double building = 0.35 + 0.35 * Math.max(buildingWordShare, codeShare > 0.8 ? 0.8 : 0)
                    - 0.3 * positionWordShare;
            double position = 0.3 + 0.45 * positionWordShare - 0.2 * buildingWordShare;
            // A column most rows leave blank ("Building 2") is a second building, not the home one.
            out.put(RosterField.BUILDING, Math.max(0, building) * (0.6 + 0.4 * fill()));
            out.put(RosterField.POSITION, Math.max(0, position));
        }
        return out;
    }

    /** For a pair of text columns that both look like single names: which one reads more as first names. */
    double firstNameShare() {
        return firstNameShare;
    }

    static Map<Integer, ColumnProfile> of(List<List<String>> rows, int width, LocalDate today) {
        Map<Integer, ColumnProfile> out = new HashMap<>();
        for (int c = 0; c < width; c++) {
            final int col = c;
            out.put(c, new ColumnProfile(rows.stream().map(r -> col < r.size() ? r.get(col) : "").toList(), today));
        }
        return out;
    }
}
