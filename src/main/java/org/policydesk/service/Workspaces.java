package org.policydesk.service;

import java.nio.file.Path;

/** TEMP placeholder so the GUI compiles before the store branch is merged; the real class replaces it. */
public final class Workspaces {
    private Workspaces() {
    }

    public static Workspace open(Path dataDir) {
        throw new UnsupportedOperationException("The policy store is not part of this build yet.");
    }
}
