package org.policydesk.model;

import java.util.Objects;

/** A school or office. {@code code} is the one the HR and SIS exports use ("0150", "HS"). */
public record Building(long id, String code, String name) {
    public Building {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }
}
