package org.policydesk.gui.acknowledgments;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A canvas to sign on with a mouse, a finger or a pen: touch and pen input reach JavaFX as press and drag
 * events too. {@link #hasInkProperty()} tells when there is something to confirm.
 */
public final class SignaturePad extends Canvas {

    private final ReadOnlyBooleanWrapper hasInk = new ReadOnlyBooleanWrapper(this, "hasInk", false);
    private double lastX;
    private double lastY;

    SignaturePad(double width, double height) {
        super(width, height);
        setId("signaturePad");
        clear();
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            GraphicsContext g = getGraphicsContext2D();
            g.fillOval(lastX - 1.5, lastY - 1.5, 3, 3);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            GraphicsContext g = getGraphicsContext2D();
            g.strokeLine(lastX, lastY, e.getX(), e.getY());
            if (Math.hypot(e.getX() - lastX, e.getY() - lastY) > 0) {
                hasInk.set(true);
            }
            lastX = e.getX();
            lastY = e.getY();
        });
    }

    void clear() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setStroke(Color.rgb(10, 30, 90));
        g.setFill(Color.rgb(10, 30, 90));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        hasInk.set(false);
    }

    /** The signature as PNG bytes, transparent where nothing was drawn. */
    byte[] toPng() {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return PngEncoder.encode(snapshot(params, null));
    }

    ReadOnlyBooleanProperty hasInkProperty() {
        return hasInk.getReadOnlyProperty();
    }
}
