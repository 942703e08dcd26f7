package org.policydesk.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup of the store.
 *
 * @param file    the .zip file
 * @param takenAt when it was taken
 * @param reason  why: "at-start", "before-update", "before-restore", "manual"…
 * @param bytes   its size
 */
public record BackupFile(Path file, Instant takenAt, String reason, long bytes) {
    public BackupFile {
        Objects.requireNonNull(file);
        Objects.requireNonNull(takenAt);
        Objects.requireNonNull(reason);
    }
}
