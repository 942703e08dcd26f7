package org.policydesk.service.admin;

import org.policydesk.service.common.SettingsService;
import org.policydesk.store.SettingsRepository;

/** Settings kept in the store's {@code setting} table. */
public final class DefaultSettingsService implements SettingsService {

    static final String DISTRICT_NAME = "district.name";

    private final SettingsRepository repository;

    public DefaultSettingsService(SettingsRepository repository) {
        this.repository = repository;
    }

    @Override
    public String districtName() {
        return repository.get(DISTRICT_NAME).filter(s -> !s.isBlank()).orElse(SAMPLE_DISTRICT_NAME);
    }

    @Override
    public void setDistrictName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the district name may not be blank");
        }
        repository.put(DISTRICT_NAME, name.strip());
    }
}
