package org.policydesk.gui.app;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window was: position, size and whether it was maximised. {@link #fitTo} makes any
 * remembered value safe to apply, however stale (a screen unplugged) or garbled (a hand-edited file).
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;
    /** How much of the title bar must be on a screen for the user to grab the window. */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 24;

    /** No remembered position: centred at the default size. */
    static WindowState initial() {
        return new WindowState(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /**
     * This state made to fit the screens' visual bounds (the first being the primary): a bad size
     * becomes the default, a size larger than its screen shrinks, and a window whose title bar would be
     * out of reach is centred on the primary screen.
     */
    WindowState fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        double w = usable(width, MIN_WIDTH) ? width : DEFAULT_WIDTH;
        double h = usable(height, MIN_HEIGHT) ? height : DEFAULT_HEIGHT;
        Rectangle2D screen = screenHoldingTitleBar(w, screens);
        if (screen == null) {
            Rectangle2D primary = screens.get(0);
            w = Math.min(w, primary.getWidth());
            h = Math.min(h, primary.getHeight());
            return new WindowState(primary.getMinX() + (primary.getWidth() - w) / 2,
                    primary.getMinY() + (primary.getHeight() - h) / 2, w, h, maximized);
        }
        w = Math.min(w, screen.getWidth());
        h = Math.min(h, screen.getHeight());
        double fx = Math.min(Math.max(x, screen.getMinX() - w + GRAB_WIDTH), screen.getMaxX() - GRAB_WIDTH);
        double fy = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - GRAB_HEIGHT);
        return new WindowState(fx, fy, w, h, maximized);
    }

    private Rectangle2D screenHoldingTitleBar(double w, List<Rectangle2D> screens) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        for (Rectangle2D screen : screens) {
            double overlap = Math.min(x + w, screen.getMaxX()) - Math.max(x, screen.getMinX());
            // Partly hidden at the top still counts: fitTo then pulls it down fully into view.
            boolean titleBarOnScreen = y > screen.getMinY() - GRAB_HEIGHT && y < screen.getMaxY() - GRAB_HEIGHT;
            if (overlap >= GRAB_WIDTH && titleBarOnScreen) {
                return screen;
            }
        }
        return null;
    }

    private static boolean usable(double size, double min) {
        return Double.isFinite(size) && size >= min && size < 100_000;
    }
}
