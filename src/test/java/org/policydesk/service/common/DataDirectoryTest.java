package org.policydesk.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/clerk");

    @Test
    void anExplicitFolderWinsOverEverything() {
        var dirs = new DataDirectory(Map.of("POLICYDESK_HOME", "/srv/pd"), "Linux", HOME);
        assertThat(dirs.resolve(Path.of("/tmp/store"))).isEqualTo(Path.of("/tmp/store"));
    }

    @Test
    void policyDeskHomeWinsOverThePlatformDefault() {
        var dirs = new DataDirectory(Map.of("POLICYDESK_HOME", "/srv/pd", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);
        assertThat(dirs.resolve()).isEqualTo(Path.of("/srv/pd"));
    }

    @Test
    void aBlankPolicyDeskHomeIsIgnored() {
        var dirs = new DataDirectory(Map.of("POLICYDESK_HOME", "  "), "Linux", HOME);
        assertThat(dirs.resolve()).isEqualTo(HOME.resolve(".local/share/policydesk"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME).resolve())
                .isEqualTo(Path.of("/data/xdg/policydesk"));
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", "relative/xdg"), "Linux", HOME).resolve())
                .isEqualTo(HOME.resolve(".local/share/policydesk"));
        assertThat(new DataDirectory(Map.of(), "Linux", HOME).resolve())
                .isEqualTo(HOME.resolve(".local/share/policydesk"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\clerk\\AppData\\Roaming";
        assertThat(new DataDirectory(Map.of("APPDATA", appData), "Windows 11", HOME).resolve())
                .isEqualTo(Path.of(appData).resolve("PolicyDesk"));
        assertThat(new DataDirectory(Map.of(), "Windows 10", HOME).resolve())
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("PolicyDesk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(new DataDirectory(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME).resolve())
                .isEqualTo(HOME.resolve("Library/Application Support/PolicyDesk"));
    }
}
