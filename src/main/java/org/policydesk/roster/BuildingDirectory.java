package org.policydesk.roster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.policydesk.model.Building;

/**
 * Finds the building a file means. Vendor files name buildings by code ("0150"), by name ("Lincoln Elementary")
 * or by a name of their own; each is looked up by code, then name, then the aliases the office has saved.
 * A value found nowhere is a new building, whose code is the value itself (cut to the code's 40 characters).
 */
public final class BuildingDirectory {

    static final int CODE_LENGTH = 40;

    private final Map<String, String> codeByKey = new HashMap<>();
    /** Files repeat a handful of building texts on every row; each is looked up once. */
    private final Map<String, String> resolved = new HashMap<>();

    public BuildingDirectory(Collection<Building> buildings, Map<String, String> aliases) {
        // Later puts win: names over nothing, codes over names, saved aliases over both (they were chosen).
        buildings.forEach(b -> codeByKey.put(Building.aliasKey(b.name()), b.code()));
        buildings.forEach(b -> codeByKey.put(Building.aliasKey(b.code()), b.code()));
        codeByKey.putAll(aliases);
    }

    /** The code of the building the text means; a new code when none matches. */
    public String codeFor(String text) {
        return resolved.computeIfAbsent(text, this::lookUp);
    }

    private String lookUp(String text) {
        String value = text.strip();
        String known = codeByKey.get(Building.aliasKey(value));
        if (known != null) {
            return known;
        }
        return value.length() > CODE_LENGTH ? value.substring(0, CODE_LENGTH).strip() : value;
    }
}
