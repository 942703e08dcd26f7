package org.policydesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import javafx.css.CssParser;

import org.junit.jupiter.api.Test;

import org.policydesk.gui.PolicyDeskApp;

/** Merges of several screens' rules into one stylesheet once left a rule unclosed; the parser says so. */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        URL css = PolicyDeskApp.class.getResource("policydesk.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }
}
