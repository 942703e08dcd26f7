package org.policydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench times each launcher with the JVM options the installer gives it, its archive replaced. */
class LauncherOptionsTest {
    private final Path archive = Path.of("/tmp/bench/launcher.jsa");

    @Test
    void eachLaunchersOptionsWithTheBenchsArchive() throws Exception {
        List<String> window = LauncherOptions.read(LauncherOptions.WINDOW, archive);
        List<String> cli = LauncherOptions.read(LauncherOptions.CLI, archive);

        for (List<String> options : List.of(window, cli)) {
            assertThat(options).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")
                    .noneMatch(o -> o.contains("$APPDIR") || o.isBlank());
            assertThat(LauncherOptions.withoutArchive(options)).isNotEmpty()
                    .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xlog:cds"));
        }
        assertThat(cli).contains("-XX:+UseSerialGC");
        assertThat(LauncherOptions.read(Path.of("no-such.properties"), archive)).isEmpty();
    }

    @Test
    void bothLaunchersHaveTheHeapLimitTheirArchivesAreDumpedWith() throws Exception {
        // installer/build.sh and the .deb's postinst dump both archives with one limit (decision 0088).
        String window = LauncherOptions.heapLimit(LauncherOptions.read(LauncherOptions.WINDOW, archive));

        assertThat(window).isEqualTo("-Xmx1g");
        assertThat(LauncherOptions.heapLimit(LauncherOptions.read(LauncherOptions.CLI, archive))).isEqualTo(window);
    }
}
