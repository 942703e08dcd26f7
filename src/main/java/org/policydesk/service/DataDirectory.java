package org.policydesk.service;

import java.nio.file.Path;

/** TEMP placeholder so the GUI compiles before the store branch is merged; the real class replaces it. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(String override) {
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".policydesk");
    }
}
