package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start killed while it made the store leaves nothing that a later start would call damaged. */
class NewStoreFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsCompleteAndLeavesNoPartialFileBehind() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(new PolicyRepository(db).hasPolicies()).isFalse();
        }
        assertThat(dir.resolve(Database.STORE_FILE)).isNotEmptyFile();
        assertThat(partialFiles()).isEmpty();
    }

    @Test
    void aStalePartialFileIsRemovedAndAFreshOneOfAnotherStartIsLeftAlone() throws Exception {
        Path stale = Files.writeString(dir.resolve(NewStoreFile.PREFIX + "killed.mv.db"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(NewStoreFile.STALE).minusSeconds(60)));
        Path fresh = Files.writeString(dir.resolve(NewStoreFile.PREFIX + "running.mv.db"), "in progress");

        Database.open(dir).close();

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
    }

    /**
     * Stops a child JVM at several moments of its first open of a new store; the next open must find either no
     * store or a whole one. Before decision 0087 a SIGTERM in the middle of the migrations left a store that no
     * later start could bring up to date.
     */
    @Test
    void killedWhileCreatingTheNextStartOpensAWholeStore() throws Exception {
        long[] delaysMs = {0, 50, 100, 150, 200, 250, 300, 400, 500, 600, 700, 800};
        int kills = 0;
        for (long delay : delaysMs) {
            Path store = dir.resolve("killed-after-" + delay);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CreateStoreChild.class.getName(), store.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("opening");
                Thread.sleep(delay);
                // Alternately as the system stops a program (SIGTERM: H2's shutdown hook closes what is open)
                // and as a power cut would (SIGKILL).
                if (kills++ % 2 == 0) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
                child.waitFor(20, TimeUnit.SECONDS);
                try (Database db = Database.open(store)) {
                    assertThat(new PolicyRepository(db).hasPolicies()).as("killed after %d ms", delay).isFalse();
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private Stream<Path> partialFiles() throws Exception {
        return Files.list(dir).filter(f -> f.getFileName().toString().startsWith(NewStoreFile.PREFIX)).toList().stream();
    }
}
