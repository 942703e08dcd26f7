package org.policydesk.roster;

import java.util.regex.Pattern;

/**
 * A name split into last, first and middle. Reads "Last, First MI" (the usual HR export), "Last, First Middle"
 * with a one-letter middle initial taken apart, and "First Last" when there is no comma.
 */
public record PersonName(String last, String first, String middle) {

    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static PersonName parse(String full) {
        String s = SPACES.matcher(full == null ? "" : full.strip()).replaceAll(" ");
        int comma = s.indexOf(',');
        if (comma >= 0) {
            String last = s.substring(0, comma).strip();
            String rest = s.substring(comma + 1).strip();
            // "Smith, Jr., John": the suffix belongs to the last name.
            int second = rest.indexOf(',');
            if (second >= 0 && rest.substring(0, second).strip().matches("(?i)(jr|sr|ii|iii|iv)\\.?")) {
                last = last + " " + rest.substring(0, second).strip();
                rest = rest.substring(second + 1).strip();
            }
            int space = rest.lastIndexOf(' ');
            if (space > 0 && INITIAL.matcher(rest.substring(space + 1)).matches()) {
                return new PersonName(last, rest.substring(0, space), rest.substring(space + 1).replace(".", ""));
            }
            return new PersonName(last, rest, null);
        }
        int space = s.lastIndexOf(' ');
        if (space < 0) {
            return new PersonName(s, "", null);
        }
        String first = s.substring(0, space);
        String last = s.substring(space + 1);
        int firstSpace = first.lastIndexOf(' ');
        if (firstSpace > 0 && INITIAL.matcher(first.substring(firstSpace + 1)).matches()) {
            return new PersonName(last, first.substring(0, firstSpace),
                    first.substring(firstSpace + 1).replace(".", ""));
        }
        return new PersonName(last, first, null);
    }
}
