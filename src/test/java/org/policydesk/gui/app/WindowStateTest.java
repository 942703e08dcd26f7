package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowStateTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    private final Preferences node = Preferences.userRoot().node("policydesk-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aWindowOnAScreenKeepsItsPlace() {
        WindowState state = new WindowState(100, 50, 1000, 600, false);

        assertThat(state.fitTo(List.of(LAPTOP))).isEqualTo(state);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorIsCentredOnThePrimaryScreen() {
        WindowState state = new WindowState(1500, 100, 1200, 800, true);

        WindowState fitted = state.fitTo(List.of(LAPTOP));

        assertThat(fitted).isEqualTo(new WindowState(83, 0, 1200, 728, true));
    }

    @Test
    void aWindowOnTheSecondMonitorStaysThere() {
        WindowState state = new WindowState(1500, 100, 1200, 800, false);

        assertThat(state.fitTo(List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(state);
    }

    @Test
    void garbageSizesBecomeTheDefaultAndNoPositionMeansCentred() {
        WindowState state = new WindowState(Double.NaN, Double.POSITIVE_INFINITY, -5, 1e12, false);

        WindowState fitted = state.fitTo(List.of(RIGHT_MONITOR));

        assertThat(fitted.width()).isEqualTo(WindowState.DEFAULT_WIDTH);
        assertThat(fitted.height()).isEqualTo(WindowState.DEFAULT_HEIGHT);
        assertThat(fitted.x()).isEqualTo(1366 + (1920 - WindowState.DEFAULT_WIDTH) / 2);
    }

    @Test
    void aWindowFarAboveTheScreenIsCentred() {
        WindowState fitted = new WindowState(200, -400, 800, 500, false).fitTo(List.of(LAPTOP));

        assertThat(fitted).isEqualTo(new WindowState(283, 114, 800, 500, false));
    }

    @Test
    void aTitleBarJustAboveTheScreenIsPulledBackDown() {
        WindowState fitted = new WindowState(200, -3, 800, 500, false).fitTo(List.of(LAPTOP));

        assertThat(fitted).isEqualTo(new WindowState(200, 0, 800, 500, false));
    }

    @Test
    void theStoreReadsBackWhatItSaved() {
        WindowStateStore store = new WindowStateStore(node);
        WindowState state = new WindowState(10, 20, 900, 700, true);

        store.save(state);

        assertThat(store.load()).isEqualTo(state);
    }

    @Test
    void unreadableStoredValuesReadAsUnknown() {
        node.put("x", "left-ish");
        node.put("width", "wide");
        node.put("maximized", "perhaps");

        WindowState loaded = new WindowStateStore(node).load();

        assertThat(loaded.x()).isNaN();
        assertThat(loaded.width()).isEqualTo(WindowState.DEFAULT_WIDTH);
        assertThat(loaded.maximized()).isFalse();
    }
}
