package org.policydesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.policydesk.gui.common.Palette;

/**
 * The first frame is painted in the palette's colours without a stylesheet (decisions 0085, 0088): what shows in
 * each band is the colour the real window gives it.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 700;

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new FirstFrame(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachBandShowsItsPaletteColourAndTheSceneHasNoStylesheet(FxRobot robot) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(scene.snapshot(null)));
        Palette palette = Palette.read();
        // The scene as shown: another test may have left the shared stage at another size.
        double width = shot.get().getWidth();
        double height = shot.get().getHeight();
        double side = FirstFrame.sidebarWidth(width);
        double bodyTop = FirstFrame.MENU_BAR_HEIGHT + FirstFrame.TAB_STRIP_HEIGHT;

        assertThat(pixel(shot.get(), width / 2, FirstFrame.MENU_BAR_HEIGHT / 2)).as("menu bar")
                .isNotEqualTo(palette.colour("paper"));
        assertThat(pixel(shot.get(), width - 20, FirstFrame.MENU_BAR_HEIGHT + 10)).as("tab strip")
                .isEqualTo(palette.colour("sidebar"));
        assertThat(pixel(shot.get(), side + 200, bodyTop + 200)).as("reader").isEqualTo(palette.colour("paper"));
        assertThat(pixel(shot.get(), side / 2, bodyTop + 200)).as("inside the list").isEqualTo(palette.colour("paper"));
        assertThat(pixel(shot.get(), 12, bodyTop + 200)).as("the list's edge").isEqualTo(palette.colour("line"));
        assertThat(pixel(shot.get(), side + FirstFrame.DIVIDER_WIDTH / 2, bodyTop + 200)).as("divider")
                .isEqualTo(palette.colour("frame-divider"));
        assertThat(pixel(shot.get(), width / 2, height - 10)).as("status bar").isEqualTo(palette.colour("sidebar"));
        assertThat(scene.getStylesheets()).isEmpty();
        assertThat(scene.getRoot().getStylesheets()).isEmpty();
    }

    private static Color pixel(WritableImage image, double x, double y) {
        Color c = image.getPixelReader().getColor((int) x, (int) y);
        // Snapshots hold 8 bits per channel: compare as the palette's #rrggbb would be stored.
        return Color.rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
