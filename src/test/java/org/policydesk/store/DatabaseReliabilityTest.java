package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.policydesk.model.BackupFile;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

/** Backups, restore, damaged files and encryption at rest, on real store files. */
class DatabaseReliabilityTest {

    private static final char[] PASSPHRASE = "blue lake morning ünïcode".toCharArray();
    private static final String SECRET_TEXT = "Marietta Quillfeather acknowledges the Harassment Prohibition policy";

    @TempDir
    Path dir;

    private static void addPolicy(Database db, String title, String text) {
        PolicyRepository repo = new PolicyRepository(db);
        long id = repo.createPolicy(null, title, null);
        repo.addVersion(id, new NewVersion(Documents.document(text, null, title), VersionStatus.DRAFT, "a.txt", false));
    }

    private static List<String> titles(Database db) {
        return new PolicyRepository(db).listSummaries().stream().map(PolicySummary::title).toList();
    }

    @Test
    void aNewStoreTakesNoBackupButOpeningAnExistingOneDoesWhenAsked() {
        StoreOptions atStart = StoreOptions.defaults().withBackupAtStart(true);
        try (Database db = Database.open(dir, atStart)) {
            addPolicy(db, "First", "one");
        }
        assertThat(StoreBackups.backups(dir)).isEmpty();
        try (Database db = Database.open(dir, atStart)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(StoreBackups.backups(dir)).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("at-start"));
        try (Database db = Database.open(dir, StoreOptions.defaults())) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(StoreBackups.backups(dir)).hasSize(1);
    }

    @Test
    void backupsAreRotatedKeepingTheNewestN() {
        Instant[] now = {Instant.parse("2026-11-29T10:00:00Z")};
        Clock ticking = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0] = now[0].plusSeconds(60); }
        };
        try (Database db = Database.open(dir, StoreOptions.defaults().withBackupsToKeep(3), ticking)) {
            for (int i = 0; i < 5; i++) {
                db.backup("manual");
            }
        }
        List<BackupFile> kept = StoreBackups.backups(dir);
        assertThat(kept).extracting(b -> b.file().getFileName().toString()).containsExactly(
                "policydesk-20261129-100500-000-manual.zip",
                "policydesk-20261129-100400-000-manual.zip",
                "policydesk-20261129-100300-000-manual.zip");
        assertThat(StoreBackups.backupFolder(dir)).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aPendingMigrationIsPrecededByABackupOfTheOldSchema() throws Exception {
        // A store at schema version 1 only, as an older PolicyDesk left it.
        org.flywaydb.core.Flyway.configure()
                .dataSource(Database.url(dir.toAbsolutePath().normalize(), false), "sa", "")
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Database db = Database.open(dir)) {
            assertThat(new AuditTrail(db).size()).isZero();
        }
        assertThat(StoreBackups.backups(dir)).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("before-update"));
    }

    @Test
    void restoreBringsBackTheStoreAsItWasAtTheBackupAndKeepsTheReplacedOne() throws IOException {
        Path backup = dir.resolve("elsewhere/my backup.zip");
        try (Database db = Database.open(dir.resolve("store"))) {
            addPolicy(db, "Kept", "one");
            db.backupTo(backup);
            addPolicy(db, "Added after the backup", "two");
        }
        StoreBackups.restore(dir.resolve("store"), backup, StoreOptions.defaults());
        try (Database db = Database.open(dir.resolve("store"))) {
            assertThat(titles(db)).containsExactly("Kept");
        }
        assertThat(StoreBackups.backups(dir.resolve("store"))).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("before-restore"));
        assertThat(dir.resolve("elsewhere")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupAndLeavesTheStoreAlone() throws IOException {
        try (Database db = Database.open(dir)) {
            addPolicy(db, "Mine", "one");
        }
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        assertThatThrownBy(() -> StoreBackups.restore(dir, notZip, StoreOptions.defaults()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.BAD_BACKUP))
                .hasMessageContaining("notes.zip is not a PolicyDesk backup");
        try (Database db = Database.open(dir)) {
            assertThat(titles(db)).containsExactly("Mine");
        }
    }

    @Test
    void restoreIsRefusedWhileTheStoreIsOpen() throws IOException {
        try (Database db = Database.open(dir)) {
            Path backup = dir.resolve("b.zip");
            db.backupTo(backup);
            assertThatThrownBy(() -> StoreBackups.restore(dir, backup, StoreOptions.defaults()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "truncated to 100 bytes", "garbled"})
    void aDamagedStoreFileIsReportedAsDamagedNotAsAnEmptyStore(String damage) throws IOException {
        try (Database db = Database.open(dir)) {
            addPolicy(db, "Mine", "one");
            db.backup("manual");
        }
        Path file = dir.resolve(Database.STORE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        switch (damage) {
            case "empty" -> Files.write(file, new byte[0]);
            case "truncated to 100 bytes" -> Files.write(file, Arrays.copyOf(bytes, 100));
            default -> {
                new Random(7).nextBytes(bytes);
                Files.write(file, bytes);
            }
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED))
                .hasMessageContaining("is damaged and cannot be read; restore a backup or open another store.");

        assertThat(StoreBackups.restoreLatest(dir, StoreOptions.defaults())).isPresent();
        try (Database db = Database.open(dir)) {
            assertThat(titles(db)).containsExactly("Mine");
        }
    }

    @Test
    void anEncryptedStoreKeepsNamesAndPolicyTextOutOfItsFileAndItsBackups() throws IOException {
        StoreOptions withKey = StoreOptions.defaults().withPassphrase(PASSPHRASE);
        try (Database db = Database.open(dir, withKey)) {
            assertThat(db.encrypted()).isTrue();
            for (int i = 0; i < 50; i++) {
                addPolicy(db, "Policy for Marietta Quillfeather " + i, SECRET_TEXT + " " + i);
            }
            db.backup("manual");
        }
        assertThat(StoreEncryption.isEncrypted(dir)).isTrue();
        assertNotInRawBytes(Files.readAllBytes(dir.resolve(Database.STORE_FILE)));
        assertNotInRawBytes(storeFileInside(StoreBackups.backups(dir).get(0).file()));

        try (Database db = Database.open(dir, withKey)) {
            assertThat(titles(db)).hasSize(50);
        }
    }

    @Test
    void aPlainStoreDoesHoldTheTextInTheClearSoTheEncryptionTestMeansSomething() throws IOException {
        try (Database db = Database.open(dir)) {
            addPolicy(db, "Policy for Marietta Quillfeather", SECRET_TEXT);
        }
        assertThat(new String(Files.readAllBytes(dir.resolve(Database.STORE_FILE)), StandardCharsets.ISO_8859_1))
                .contains("Marietta Quillfeather");
    }

    @Test
    void anEncryptedStoreAsksForItsPassphraseAndRefusesAWrongOne() {
        try (Database db = Database.open(dir, StoreOptions.defaults().withPassphrase(PASSPHRASE))) {
            addPolicy(db, "Secret", "text");
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.PASSPHRASE_NEEDED))
                .hasMessageContaining("is encrypted; give its passphrase");
        assertThatThrownBy(() -> Database.open(dir, StoreOptions.defaults().withPassphrase("blue lake".toCharArray())))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE))
                .hasMessageContaining("That passphrase does not open the PolicyDesk store");
    }

    @Test
    void thePassphraseCanBeSetChangedAndTheBackupsFollow() throws IOException {
        try (Database db = Database.open(dir)) {
            addPolicy(db, "Policy for Marietta Quillfeather", SECRET_TEXT);
            db.backup("manual");
        }
        // Encrypting a plain store also encrypts its plain backups: a stolen laptop holds no readable copy.
        assertThat(StoreEncryption.changePassphrase(dir, null, PASSPHRASE)).isZero();
        assertNotInRawBytes(Files.readAllBytes(dir.resolve(Database.STORE_FILE)));
        assertNotInRawBytes(storeFileInside(StoreBackups.backups(dir).get(0).file()));

        char[] next = "another passphrase".toCharArray();
        assertThatThrownBy(() -> StoreEncryption.changePassphrase(dir, "wrong".toCharArray(), next))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE));
        assertThat(StoreEncryption.changePassphrase(dir, PASSPHRASE, next)).isZero();
        assertThatThrownBy(() -> Database.open(dir, StoreOptions.defaults().withPassphrase(PASSPHRASE)))
                .isInstanceOf(StoreException.class);
        try (Database db = Database.open(dir, StoreOptions.defaults().withPassphrase(next))) {
            assertThat(titles(db)).containsExactly("Policy for Marietta Quillfeather");
        }
        // The backup now restores with the new passphrase.
        StoreBackups.restore(dir, StoreBackups.backups(dir).get(0).file(), StoreOptions.defaults().withPassphrase(next));
        try (Database db = Database.open(dir, StoreOptions.defaults().withPassphrase(next))) {
            assertThat(titles(db)).containsExactly("Policy for Marietta Quillfeather");
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    private static void assertNotInRawBytes(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
        assertThat(raw).doesNotContain("Marietta").doesNotContain("Quillfeather").doesNotContain("Harassment");
        assertThat(utf16).doesNotContain("Marietta");
    }

    private static byte[] storeFileInside(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(Database.STORE_FILE)) {
                    return z.readAllBytes();
                }
            }
        }
        throw new AssertionError("no store file in " + zip);
    }
}
