package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WindowStartProblemTest {

    @Test
    void withoutADisplayOnLinuxTheWindowIsNotTriedAndTheCommandLineIsNamed() {
        assertThat(WindowStartProblem.before(Map.of(), "Linux", null)).hasValueSatisfying(s -> assertThat(s)
                .contains("no display").contains("DISPLAY").contains("command-line tool works without a display"));
    }

    @Test
    void aDisplayWaylandWindowsOrTheHeadlessToolkitNeedNoWarning() {
        assertThat(WindowStartProblem.before(Map.of("DISPLAY", ":0"), "Linux", null)).isEmpty();
        assertThat(WindowStartProblem.before(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isEmpty();
        assertThat(WindowStartProblem.before(Map.of(), "Windows 11", null)).isEmpty();
        assertThat(WindowStartProblem.before(Map.of(), "Linux", "Monocle")).isEmpty();
    }

    @Test
    void aMissingGtkLibraryFromJavaFxBecomesOneSentence() {
        var failure = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(WindowStartProblem.after(failure)).hasValueSatisfying(s -> assertThat(s)
                .contains("GTK 3 library is missing").contains("command-line tool works without a display"));
        assertThat(WindowStartProblem.after(new IllegalStateException("something else"))).isEmpty();
    }
}
