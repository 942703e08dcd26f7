package org.policydesk.gui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.paint.Color;

/**
 * The app's colours as palette.css names them ({@code -pd-name: #rrggbb;}), read without JavaFX's CSS parser: the
 * first frame is painted from them before any stylesheet is parsed, which would cost it ~20 ms (decision 0088),
 * while the colours keep living in the one stylesheet.
 */
public final class Palette {
    static final String RESOURCE = "/org/policydesk/gui/palette.css";
    private static final String PREFIX = "-pd-";

    private final Map<String, Color> colours;

    private Palette(Map<String, Color> colours) {
        this.colours = colours;
    }

    public static Palette read() {
        try (InputStream in = Palette.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Palette parse(BufferedReader lines) throws IOException {
        Map<String, Color> colours = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            String declaration = line.strip();
            int colon = declaration.indexOf(':');
            if (declaration.startsWith(PREFIX) && colon > 0 && declaration.endsWith(";")) {
                String value = declaration.substring(colon + 1, declaration.length() - 1).strip();
                if (value.startsWith("#")) {
                    colours.put(declaration.substring(PREFIX.length(), colon).strip(), Color.web(value));
                }
            }
        }
        return new Palette(colours);
    }

    /** The colour named {@code -pd-<name>}; a missing one is a programming error, caught by PaletteTest. */
    public Color colour(String name) {
        Color colour = colours.get(name);
        if (colour == null) {
            throw new IllegalArgumentException("palette.css has no -pd-" + name);
        }
        return colour;
    }
}
