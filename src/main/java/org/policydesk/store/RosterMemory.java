package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.BUILDING;
import static org.policydesk.store.jooq.Tables.BUILDING_ALIAS;
import static org.policydesk.store.jooq.Tables.ROSTER_MAPPING;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;
import org.policydesk.model.Building;
import org.policydesk.model.ColumnMapping;

/**
 * What the store remembers between roster imports: the mapping used for each file shape, and the other names
 * buildings go by in vendor files.
 */
public final class RosterMemory {

    private final Database database;
    private final DSLContext dsl;
    private final StaffRepository staff;
    private final Clock clock;

    public RosterMemory(Database database, StaffRepository staff, Clock clock) {
        this.database = database;
        this.dsl = database.dsl();
        this.staff = staff;
        this.clock = clock;
    }

    /** The saved mapping last used for a file of this shape. */
    public Optional<ColumnMapping> mappingForShape(String shapeKey) {
        if (shapeKey == null || shapeKey.isEmpty()) {
            return Optional.empty();
        }
        return dsl.select(ROSTER_MAPPING.NAME).from(ROSTER_MAPPING).where(ROSTER_MAPPING.SHAPE_KEY.eq(shapeKey))
                .orderBy(ROSTER_MAPPING.CHANGED_AT.desc(), ROSTER_MAPPING.ID.desc()).limit(1)
                .fetchOptional(ROSTER_MAPPING.NAME).flatMap(staff::mapping);
    }

    /** Saves the mapping under its name and ties it to the file shape, so the next file of that shape needs no questions. */
    public void rememberShape(ColumnMapping mapping, String shapeKey) {
        staff.saveMapping(mapping);
        dsl.update(ROSTER_MAPPING).set(ROSTER_MAPPING.SHAPE_KEY, shapeKey)
                .where(ROSTER_MAPPING.NAME.eq(mapping.name())).execute();
    }

    /** Every alias key with the code of its building. */
    public Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        dsl.select(BUILDING_ALIAS.ALIAS_KEY, BUILDING.CODE).from(BUILDING_ALIAS).join(BUILDING)
                .on(BUILDING.ID.eq(BUILDING_ALIAS.BUILDING_ID)).orderBy(BUILDING_ALIAS.ALIAS_KEY)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Lets a file's text for a building ("Lincoln Elem") stand for the building with this code. */
    public void saveAlias(String aliasText, String buildingCode) {
        String key = Building.aliasKey(aliasText);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a building alias needs letters or digits");
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Long id = tx.select(BUILDING.ID).from(BUILDING).where(BUILDING.CODE.eq(buildingCode)).fetchOne(BUILDING.ID);
            if (id == null) {
                throw new StoreException("There is no building with code \"" + buildingCode + "\".", null);
            }
            tx.deleteFrom(BUILDING_ALIAS).where(BUILDING_ALIAS.ALIAS_KEY.eq(key)).execute();
            tx.insertInto(BUILDING_ALIAS, BUILDING_ALIAS.ALIAS_KEY, BUILDING_ALIAS.BUILDING_ID, BUILDING_ALIAS.ALIAS_TEXT)
                    .values(key, id, StaffRepository.fit(aliasText.strip(), 200)).execute();
            AuditTrail.joining(tx, clock).append(AuditEntry.of(AuditKinds.SETTING_CHANGE, AuditKinds.SETTING,
                    "building alias " + aliasText.strip()).with("value", buildingCode));
        });
        database.staffChanged();
    }
}
