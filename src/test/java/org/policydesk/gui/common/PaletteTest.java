package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

/**
 * FirstFrame paints from palette.css read by {@link Palette}, not by JavaFX's CSS parser (decision 0088): the two
 * must agree on every colour, or the first frame and the real window would differ.
 */
class PaletteTest {

    @Test
    void everyPaletteColourReadsAsJavaFxsOwnCssParserReadsIt() throws Exception {
        Map<String, Color> byCssParser = new HashMap<>();
        var sheet = new CssParser().parse(Palette.class.getResource(Palette.RESOURCE));
        for (Rule rule : sheet.getRules()) {
            for (Declaration declaration : rule.getDeclarations()) {
                ParsedValue<?, ?> value = declaration.getParsedValue();
                if (declaration.getProperty().startsWith("-pd-") && value.getValue() instanceof Color colour) {
                    byCssParser.put(declaration.getProperty().substring("-pd-".length()), colour);
                }
            }
        }
        assertThat(byCssParser).containsKeys("ink", "paper", "sidebar", "line", "frame-menu-top", "frame-divider");

        Palette palette = Palette.read();
        byCssParser.forEach((name, colour) -> assertThat(palette.colour(name)).as(name).isEqualTo(colour));
    }

    @Test
    void onlyDeclarationsOfItsOwnColoursAreRead() throws Exception {
        Palette palette = Palette.parse(new BufferedReader(new StringReader("""
                .root {
                    -pd-ink: #1f2933;
                    -pd-accent-soft:#E3EDF7 ;
                    -pd-shade: derive(-pd-ink, 20%);
                    -fx-accent: #123456;
                    /* -pd-commented: #000000; */
                }
                """)));

        assertThat(palette.colour("ink")).isEqualTo(Color.web("#1f2933"));
        assertThat(palette.colour("accent-soft")).isEqualTo(Color.web("#e3edf7"));
        assertThatThrownBy(() -> palette.colour("shade")).hasMessageContaining("-pd-shade");
        assertThatThrownBy(() -> palette.colour("commented")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> palette.colour("accent")).isInstanceOf(IllegalArgumentException.class);
    }
}
