package org.policydesk.gui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.policydesk.gui.common.Styles;

/**
 * The window's one navigation: a tab per place (Policies, PRESS issues, References …) and closable tabs
 * for things opened from them (a draft in the editor, a redline). A screen plugs in with one line:
 * {@code navigation.place("Staff", staffView)}. See docs/decisions/0030-navigation-tabs.md.
 */
public final class Navigation extends TabPane {

    /** Told about each place's content, also content built later by a lazy place (see {@link #eachPlaceContent}). */
    private final List<Consumer<Node>> contentWatchers = new ArrayList<>();

    public Navigation() {
        setId("navigation");
        getStyleClass().add(Styles.NAVIGATION);
        setTabClosingPolicy(TabClosingPolicy.SELECTED_TAB);
    }

    /** Adds a place that is always there, after the places already added (and before opened tabs). */
    public Tab place(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId(idOf(title));
        int at = (int) getTabs().stream().filter(t -> !t.isClosable()).count();
        getTabs().add(at, tab);
        return tab;
    }

    /**
     * Adds a place whose content is built the first time it is selected: the window then builds only the place
     * it shows, and the start does not pay for screens nobody opened (decision 0071).
     */
    public Tab lazyPlace(String title, Supplier<? extends Node> content) {
        Tab tab = place(title, null);
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected && tab.getContent() == null) {
                    tab.selectedProperty().removeListener(this);
                    Node built = content.get();
                    tab.setContent(built);
                    contentWatchers.forEach(w -> w.accept(built));
                }
            }
        });
        return tab;
    }

    /**
     * Runs {@code use} on the content of every place there now and on content a lazy place builds later, e.g.
     * to add a panel to the Staff place whenever it exists.
     */
    public void eachPlaceContent(Consumer<Node> use) {
        contentWatchers.add(use);
        getTabs().stream().filter(t -> !t.isClosable() && t.getContent() != null).map(Tab::getContent).toList()
                .forEach(use);
    }

    /** Shows the place or opened tab with this title. */
    public void show(String title) {
        getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    /**
     * Opens a closable tab, or brings forward the one already open under {@code key}.
     *
     * @param onClose run when the user closes the tab (e.g. to save a draft), may be null
     */
    public Tab open(String key, String title, Supplier<Node> content, Runnable onClose) {
        for (Tab tab : getTabs()) {
            if (key.equals(tab.getUserData())) {
                getSelectionModel().select(tab);
                return tab;
            }
        }
        Tab tab = new Tab(title, content.get());
        tab.setUserData(key);
        tab.setId(idOf(key));
        if (onClose != null) {
            tab.setOnClosed(e -> onClose.run());
        }
        getTabs().add(tab);
        getSelectionModel().select(tab);
        return tab;
    }

    /** Closes the opened tab with this key, if any. */
    public void close(String key) {
        getTabs().removeIf(t -> key.equals(t.getUserData()));
    }

    static String idOf(String text) {
        return "tab-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
