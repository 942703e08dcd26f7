package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.VersionStatus;
import org.policydesk.testing.Documents;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheStoreOnFirstOpenAndKeepsItsDataAcrossReopen() {
        try (Database db = Database.open(dir.resolve("new-folder"))) {
            PolicyRepository repo = new PolicyRepository(db);
            assertThat(repo.hasPolicies()).isFalse();
            long id = repo.createPolicy(null, "Untitled", null);
            repo.addVersion(id, new NewVersion(Documents.document("text", null, "Untitled"),
                    VersionStatus.DRAFT, "a.txt", false));
        }
        assertThat(dir.resolve("new-folder/policydesk.mv.db")).exists();

        try (Database db = Database.open(dir.resolve("new-folder"))) {
            assertThat(new PolicyRepository(db).listSummaries()).singleElement()
                    .satisfies(s -> assertThat(s.title()).isEqualTo("Untitled"));
        }
    }

    @Test
    void secondOpenWhileAnotherProcessHoldsTheStoreSaysSoInPlainWords() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStoreOpen.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The PolicyDesk store at " + dir.toAbsolutePath().normalize()
                            + " is already open in another PolicyDesk window or command. Close it and try again.");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        // Once the other process has closed it, the store opens again.
        try (Database db = Database.open(dir)) {
            assertThat(new PolicyRepository(db).hasPolicies()).isFalse();
        }
    }
}
