package org.policydesk.service.admin;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.slf4j.LoggerFactory;

import org.policydesk.service.common.AtomicFileWriter;
import org.policydesk.store.StoreOptions;

/** How many automatic backups to keep: {@code backups.keep} in {@code <data>/policydesk.properties}. */
public final class BackupSettings {

    public static final String FILE = "policydesk.properties";
    static final String KEEP = "backups.keep";

    private BackupSettings() {
    }

    public static int backupsToKeep(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return StoreOptions.DEFAULT_BACKUPS_TO_KEEP;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            int keep = Integer.parseInt(p.getProperty(KEEP, "" + StoreOptions.DEFAULT_BACKUPS_TO_KEEP).strip());
            return Math.max(1, keep);
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(BackupSettings.class).warn("Cannot read {}; keeping {} backups", file,
                    StoreOptions.DEFAULT_BACKUPS_TO_KEEP, e);
            return StoreOptions.DEFAULT_BACKUPS_TO_KEEP;
        }
    }

    /** Saves the number of backups to keep (at least 1), leaving other settings in the file as they are. */
    public static void setBackupsToKeep(Path dataDir, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("PolicyDesk keeps at least one backup");
        }
        Path file = dataDir.resolve(FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        p.setProperty(KEEP, Integer.toString(keep));
        Files.createDirectories(dataDir);
        AtomicFileWriter.write(file, AtomicFileWriter.Overwrite.REPLACE, out -> {
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                p.store(w, "PolicyDesk settings");
            }
        });
    }
}
