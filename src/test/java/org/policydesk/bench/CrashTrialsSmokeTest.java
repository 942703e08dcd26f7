package org.policydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three short kill -9 trials in every build, so the harness's long run ({@code mvn -Pbench verify}) keeps working. */
class CrashTrialsSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aStoreKilledMidImportOrMidExportOpensWholeEveryTime() throws Exception {
        CrashTrials.Outcome o = new CrashTrials(3, 40, new long[] {3000, 3000, 300}, 7).run(dir);
        assertThat(o.failures()).isEmpty();
        assertThat(o.survived()).isEqualTo(3);
    }
}
