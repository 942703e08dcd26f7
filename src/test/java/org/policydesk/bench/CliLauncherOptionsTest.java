package org.policydesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench times the command launcher with the JVM options the installer gives it, its archive replaced. */
class CliLauncherOptionsTest {

    @Test
    void theLaunchersOptionsWithTheBenchsArchive() throws Exception {
        Path archive = Path.of("/tmp/bench/cli.jsa");

        List<String> options = PacketCommandTimer.cliLauncherOptions(
                Path.of("installer", "policydesk-cli.properties"), archive);

        assertThat(options).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.contains("$APPDIR") || o.isBlank());
        assertThat(PacketCommandTimer.cliLauncherOptions(Path.of("no-such.properties"), archive)).isEmpty();
    }
}
