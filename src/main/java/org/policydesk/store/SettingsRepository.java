package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.SETTING;

import java.util.Optional;

import org.jooq.DSLContext;

/** Named settings of the store, as text. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<String> get(String name) {
        return dsl.select(SETTING.TEXT).from(SETTING).where(SETTING.NAME.eq(name)).fetchOptional(SETTING.TEXT);
    }

    /** Sets a value, replacing any earlier one (update, else insert, in one transaction). */
    public void put(String name, String value) {
        dsl.transaction(cfg -> {
            int updated = cfg.dsl().update(SETTING).set(SETTING.TEXT, value).where(SETTING.NAME.eq(name)).execute();
            if (updated == 0) {
                cfg.dsl().insertInto(SETTING, SETTING.NAME, SETTING.TEXT).values(name, value).execute();
            }
        });
    }
}
