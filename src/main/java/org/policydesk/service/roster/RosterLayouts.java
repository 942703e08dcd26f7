package org.policydesk.service.roster;

import java.util.List;

import org.policydesk.model.RosterField;
import org.policydesk.model.RosterPreset;
import org.policydesk.roster.RosterPresets;

/** The roster layouts PolicyDesk knows, for listing without opening a store. */
public final class RosterLayouts {

    private RosterLayouts() {
    }

    public static List<RosterPreset> presets() {
        return RosterPresets.all();
    }

    public static List<RosterField> fields() {
        return List.of(RosterField.values());
    }
}
