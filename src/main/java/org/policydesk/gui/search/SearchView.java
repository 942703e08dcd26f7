package org.policydesk.gui.search;

import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.controlsfx.control.textfield.TextFields;

import org.policydesk.gui.common.Styles;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.SearchHit;

/** The Search place: every word typed must appear; each hit shows a snippet with the words found in bold. */
public final class SearchView extends VBox {

    public SearchView(SearchViewModel viewModel, Consumer<PolicyNumber> open) {
        setId("searchView");
        getStyleClass().add(Styles.PLACE);
        TextField query = TextFields.createClearableTextField();
        query.setId("searchField");
        query.getStyleClass().add(Styles.FILTER_FIELD);
        query.setPromptText("Search the text of every policy (current versions)");
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        Label summary = new Label();
        summary.getStyleClass().add(Styles.READ_ONLY_NOTE);
        summary.textProperty().bind(viewModel.summaryProperty());
        ListView<SearchHit> hits = new ListView<>(viewModel.hits());
        hits.setId("searchHits");
        hits.setPlaceholder(new Label("Type words to search for; every word must appear in the policy."));
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(null);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label((hit.number() == null ? "—" : hit.number()) + "  " + hit.title() + "  ·  "
                        + hit.status().label());
                head.setStyle("-fx-font-weight: bold;");
                TextFlow snippet = new TextFlow();
                snippet.getStyleClass().add(Styles.SEARCH_SNIPPET);
                int at = 0;
                for (SearchHit.Span span : hit.highlights()) {
                    if (span.start() > at) {
                        snippet.getChildren().add(new Text(hit.snippet().substring(at, span.start())));
                    }
                    Text mark = new Text(hit.snippet().substring(span.start(), span.end()));
                    mark.getStyleClass().add(Styles.SEARCH_HIT);
                    snippet.getChildren().add(mark);
                    at = span.end();
                }
                snippet.getChildren().add(new Text(hit.snippet().substring(at)));
                snippet.setPrefWidth(0);
                snippet.setMinWidth(0);
                VBox box = new VBox(3, head, snippet);
                setGraphic(box);
            }
        });
        hits.setOnMouseClicked(e -> {
            SearchHit hit = hits.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && hit != null && hit.number() != null) {
                open.accept(hit.number());
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        getChildren().addAll(query, summary, hits);
    }
}
