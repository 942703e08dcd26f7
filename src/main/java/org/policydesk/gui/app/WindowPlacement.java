package org.policydesk.gui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Applies a remembered {@link WindowState} to a stage and records the stage's state when it closes. */
public final class WindowPlacement {
    private final WindowStateStore store;
    /** Size and position before maximising, which is what the next start should restore to. */
    private Rectangle2D normalBounds;

    public WindowPlacement(WindowStateStore store) {
        this.store = store;
    }

    public void restore(Stage stage) {
        WindowState state = store.load().fitTo(Screen.getScreens().stream()
                .sorted((a, b) -> a.equals(Screen.getPrimary()) ? -1 : b.equals(Screen.getPrimary()) ? 1 : 0)
                .map(Screen::getVisualBounds).toList());
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (Double.isFinite(state.x()) && Double.isFinite(state.y())) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(state.maximized());
        normalBounds = new Rectangle2D(stage.getX(), stage.getY(), state.width(), state.height());
        stage.xProperty().addListener(o -> remember(stage));
        stage.yProperty().addListener(o -> remember(stage));
        stage.widthProperty().addListener(o -> remember(stage));
        stage.heightProperty().addListener(o -> remember(stage));
        stage.setOnHiding(e -> store.save(new WindowState(normalBounds.getMinX(), normalBounds.getMinY(),
                normalBounds.getWidth(), normalBounds.getHeight(), stage.isMaximized())));
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
