package org.policydesk.gui;

import javafx.animation.AnimationTimer;
import javafx.scene.layout.Region;

/**
 * The window's first frame (decision 0085): the main window's layout — menu bar, place tabs, filter and policy
 * list, reader, status bar — drawn as plain regions in the app's colours, with bars where the words will be. It
 * holds no control, so the window shows before JavaFX has loaded its default stylesheet, the control skins and
 * the fonts; {@link #whenDrawn} then lets the real controls take its place in the same window.
 */
final class FirstFrame extends Region {
    /** The real window's bands, as MainView lays them out with the default font at 13 px. */
    static final double MENU_BAR_HEIGHT = 27;
    static final double TAB_STRIP_HEIGHT = 36;
    static final double STATUS_BAR_HEIGHT = 32;
    static final double DIVIDER_WIDTH = 6;
    /** MainView's divider position. */
    static final double SIDEBAR_SHARE = 0.42;

    private final Region menuBar = part(Styles.FIRST_FRAME_MENU_BAR);
    private final Region tabStrip = part(Styles.FIRST_FRAME_TAB_STRIP);
    private final Region tab = part(Styles.FIRST_FRAME_TAB);
    private final Region sidebar = part(Styles.FIRST_FRAME_SIDEBAR);
    private final Region filter = part(Styles.FIRST_FRAME_FILTER);
    private final Region list = part(Styles.FIRST_FRAME_LIST);
    private final Region listHeader = part(Styles.FIRST_FRAME_LIST_HEADER);
    private final Region divider = part(Styles.FIRST_FRAME_DIVIDER);
    private final Region reader = part(Styles.FIRST_FRAME_READER);
    private final Region statusBar = part(Styles.FIRST_FRAME_STATUS_BAR);
    /** Where "File", "Edit", "Help" and "Policies" will be. */
    private final Region[] words = {part(Styles.FIRST_FRAME_WORD), part(Styles.FIRST_FRAME_WORD),
            part(Styles.FIRST_FRAME_WORD), part(Styles.FIRST_FRAME_WORD)};

    FirstFrame() {
        getStylesheets().add(FirstFrame.class.getResource(Styles.FIRST_FRAME_STYLESHEET).toExternalForm());
        getStyleClass().add(Styles.FIRST_FRAME);
        getChildren().addAll(menuBar, tabStrip, tab, sidebar, filter, list, listHeader, divider, reader, statusBar);
        getChildren().addAll(words);
        setPrefSize(WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
    }

    private static Region part(String styleClass) {
        Region part = new Region();
        part.getStyleClass().add(styleClass);
        return part;
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
    void whenDrawn(Runnable next) {
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
