package org.policydesk.gui.app;

import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

import org.policydesk.gui.common.Palette;

/**
 * The window's first frame (decision 0085): the main window's layout — menu bar, place tabs, filter and policy
 * list, reader, status bar — drawn as plain regions in the app's colours, with bars where the words will be. It
 * holds no control and no stylesheet, so the window shows before JavaFX has parsed any CSS, loaded its default
 * stylesheet or made a control skin; {@link #whenDrawn} then lets the real controls take its place in the same
 * window.
 */
public final class FirstFrame extends Region {
    /** The real window's bands, as MainView lays them out with the default font at 13 px. */
    static final double MENU_BAR_HEIGHT = 27;
    static final double TAB_STRIP_HEIGHT = 36;
    static final double STATUS_BAR_HEIGHT = 32;
    static final double DIVIDER_WIDTH = 6;
    /** MainView's divider position. */
    static final double SIDEBAR_SHARE = 0.42;

    private final Region menuBar = new Region();
    private final Region tabStrip = new Region();
    private final Region tab = new Region();
    private final Region sidebar = new Region();
    private final Region filter = new Region();
    private final Region list = new Region();
    private final Region listHeader = new Region();
    private final Region divider = new Region();
    private final Region reader = new Region();
    private final Region statusBar = new Region();
    /** Where "File", "Edit", "Help" and "Policies" will be. */
    private final Region[] words = {new Region(), new Region(), new Region(), new Region()};

    public FirstFrame() {
        this(Palette.read());
    }

    /**
     * Painted in Java from the palette's colours rather than styled by a stylesheet: with no stylesheet the CSS
     * pass before the first frame has nothing to parse or match (decision 0088).
     */
    public FirstFrame(Palette palette) {
        Color sidebarColour = palette.colour("sidebar");
        Color paper = palette.colour("paper");
        Color line = palette.colour("line");
        menuBar.setBackground(new Background(new BackgroundFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, palette.colour("frame-menu-top")), new Stop(1, palette.colour("frame-menu-bottom"))),
                null, null)));
        menuBar.setBorder(edge(palette.colour("frame-menu-line"), new BorderWidths(0, 0, 1, 0)));
        for (Region band : List.of(tabStrip, sidebar, statusBar)) {
            band.setBackground(fill(sidebarColour, 0, 0));
        }
        statusBar.setBorder(edge(line, new BorderWidths(1, 0, 0, 0)));
        reader.setBackground(fill(paper, 0, 0));
        tab.setBackground(new Background(new BackgroundFill(paper, new CornerRadii(6, 6, 0, 0, false), null)));
        filter.setBackground(framed(palette.colour("frame-field-line"), paper, 6, 5));
        list.setBackground(framed(line, paper, 6, 6));
        listHeader.setBorder(edge(line, new BorderWidths(0, 0, 1, 0)));
        divider.setBackground(fill(palette.colour("frame-divider"), 0, 0));
        for (Region word : words) {
            word.setBackground(fill(line, 3, 0));
        }
        getChildren().addAll(menuBar, tabStrip, tab, sidebar, filter, list, listHeader, divider, reader, statusBar);
        getChildren().addAll(words);
        setPrefSize(WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
    }

    private static Background fill(Color colour, double radius, double inset) {
        return new Background(new BackgroundFill(colour, new CornerRadii(radius), new Insets(inset)));
    }

    /** A one-pixel frame drawn as the outer of two fills, as Modena draws its fields. */
    private static Background framed(Color edge, Color inside, double outerRadius, double innerRadius) {
        return new Background(new BackgroundFill(edge, new CornerRadii(outerRadius), Insets.EMPTY),
                new BackgroundFill(inside, new CornerRadii(innerRadius), new Insets(1)));
    }

    private static Border edge(Color colour, BorderWidths widths) {
        return new Border(new BorderStroke(colour, BorderStrokeStyle.SOLID, CornerRadii.EMPTY, widths));
    }

    /** The width MainView's split pane gives the sidebar in a window this wide. */
    static double sidebarWidth(double windowWidth) {
        return Math.round(SIDEBAR_SHARE * (windowWidth - DIVIDER_WIDTH));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double bodyTop = MENU_BAR_HEIGHT + TAB_STRIP_HEIGHT;
        double bodyHeight = Math.max(0, getHeight() - bodyTop - STATUS_BAR_HEIGHT);
        double side = sidebarWidth(width);
        menuBar.resizeRelocate(0, 0, width, MENU_BAR_HEIGHT);
        tabStrip.resizeRelocate(0, MENU_BAR_HEIGHT, width, TAB_STRIP_HEIGHT);
        tab.resizeRelocate(8, MENU_BAR_HEIGHT + 4, 73, TAB_STRIP_HEIGHT - 4);
        sidebar.resizeRelocate(0, bodyTop, side, bodyHeight);
        // The sidebar's padding (12 10 10 12) and spacing (8) around a 30 px filter field.
        filter.resizeRelocate(12, bodyTop + 12, side - 22, 30);
        list.resizeRelocate(12, bodyTop + 50, side - 22, Math.max(0, bodyHeight - 60));
        listHeader.resizeRelocate(13, bodyTop + 51, side - 24, 28);
        divider.resizeRelocate(side, bodyTop, DIVIDER_WIDTH, bodyHeight);
        reader.resizeRelocate(side + DIVIDER_WIDTH, bodyTop, Math.max(0, width - side - DIVIDER_WIDTH), bodyHeight);
        statusBar.resizeRelocate(0, bodyTop + bodyHeight, width, STATUS_BAR_HEIGHT);
        double[][] wordBars = {{9, 8, 24}, {47, 8, 26}, {87, 8, 30}, {24, MENU_BAR_HEIGHT + 15, 41}};
        for (int i = 0; i < words.length; i++) {
            words[i].resizeRelocate(wordBars[i][0], wordBars[i][1], wordBars[i][2], 11);
        }
    }

    /**
     * Runs {@code next} on the window's second pulse, when this frame has been drawn by the first: the work that
     * follows (building the real controls) then no longer stands between the start and a window on screen.
     */
    public void whenDrawn(Runnable next) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    next.run();
                }
            }
        }.start();
    }
}
