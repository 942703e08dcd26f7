package org.policydesk.store;

import static org.policydesk.store.jooq.Tables.SETTING;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;

import org.policydesk.model.AuditEntry;
import org.policydesk.model.AuditKinds;

/** Named settings of the store, as text. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<String> get(String name) {
        return dsl.select(SETTING.TEXT).from(SETTING).where(SETTING.NAME.eq(name)).fetchOptional(SETTING.TEXT);
    }

    /**
     * Sets a value, replacing any earlier one (update, else insert, in one transaction), with a
     * {@code setting.change} audit event. A password setting's value (a salted hash) is not written into the trail.
     */
    public void put(String name, String value) {
        dsl.transaction(cfg -> {
            int updated = cfg.dsl().update(SETTING).set(SETTING.TEXT, value).where(SETTING.NAME.eq(name)).execute();
            if (updated == 0) {
                cfg.dsl().insertInto(SETTING, SETTING.NAME, SETTING.TEXT).values(name, value).execute();
            }
            boolean secret = name.toLowerCase(Locale.ROOT).contains("password");
            AuditTrail.joining(cfg.dsl(), Clock.systemUTC()).append(AuditEntry.of(AuditKinds.SETTING_CHANGE,
                    AuditKinds.SETTING, name).with("value", secret ? "(not recorded)" : value));
        });
    }
}
