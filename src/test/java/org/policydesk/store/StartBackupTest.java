package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.BackupFile;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

/** The start backup is skipped only while the store is exactly as its newest backup holds it (decision 0061). */
class StartBackupTest {

    private static final StoreOptions AT_START = StoreOptions.defaults().withBackupAtStart(true);

    @TempDir
    Path dir;

    private static void addPolicy(Database db, String title) {
        PolicyRepository repo = new PolicyRepository(db);
        long id = repo.createPolicy(null, title, null);
        repo.addVersion(id, new NewVersion(Documents.document(title + " text", null, title), VersionStatus.DRAFT,
                "a.txt", false));
    }

    private static List<String> titles(Database db) {
        return new PolicyRepository(db).listSummaries().stream().map(PolicySummary::title).toList();
    }

    private List<BackupFile> backups() {
        return StoreBackups.backups(dir);
    }

    @Test
    void aStartAfterASessionThatOnlyReadTakesNoNewBackup() {
        try (Database db = Database.open(dir, AT_START)) {
            addPolicy(db, "First");
        }
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(backups()).hasSize(1);
        for (int i = 0; i < 3; i++) {
            try (Database db = Database.open(dir, AT_START)) {
                assertThat(titles(db)).containsExactly("First");
            }
        }
        assertThat(backups()).hasSize(1);
    }

    @Test
    void aStartAfterASessionThatWroteTakesABackupHoldingThatWrite() throws Exception {
        try (Database db = Database.open(dir, AT_START)) {
            addPolicy(db, "First");
        }
        try (Database db = Database.open(dir, AT_START)) {
            addPolicy(db, "Second");
        }
        assertThat(backups()).hasSize(1);
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactlyInAnyOrder("First", "Second");
        }
        assertThat(backups()).hasSize(2);
        // The newest backup really holds the second policy: restore it elsewhere and read it.
        Path copy = dir.resolve("copy");
        StoreBackups.restore(copy, backups().get(0).file(), StoreOptions.defaults());
        try (Database db = Database.open(copy)) {
            assertThat(titles(db)).containsExactlyInAnyOrder("First", "Second");
        }
    }

    @Test
    void aStoreChangedWithoutPolicyDeskOrABackupDeletedIsBackedUpAgain() throws Exception {
        try (Database db = Database.open(dir, AT_START)) {
            addPolicy(db, "First");
        }
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(backups()).hasSize(1);
        // Another program (or a crash after a write) left the file different from what the mark recorded.
        Path store = dir.resolve(Database.STORE_FILE);
        Files.setLastModifiedTime(store, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(store).toMillis() - 60_000));
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(backups()).hasSize(2);
        // The user deleted the backups: the next start makes one again.
        for (BackupFile b : backups()) {
            Files.delete(b.file());
        }
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(backups()).singleElement().satisfies(b -> {
            try (ZipFile zip = new ZipFile(b.file().toFile())) {
                assertThat(zip.getEntry(Database.STORE_FILE)).isNotNull();
            }
        });
    }

    @Test
    void aSessionWithoutAStartBackupDoesNotVouchForTheStore() {
        try (Database db = Database.open(dir, StoreOptions.defaults())) {
            addPolicy(db, "First");
        }
        try (Database db = Database.open(dir, StoreOptions.defaults())) {
            assertThat(titles(db)).containsExactly("First");
        }
        try (Database db = Database.open(dir, AT_START)) {
            assertThat(titles(db)).containsExactly("First");
        }
        assertThat(backups()).hasSize(1);
    }
}
