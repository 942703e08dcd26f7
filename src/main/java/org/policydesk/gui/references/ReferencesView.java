package org.policydesk.gui.references;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.policydesk.gui.common.Styles;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.ReferenceHit;

/** The References place: CROSS REFs that point nowhere, and "who cites …?" / "who refers to …?". */
public final class ReferencesView extends VBox {

    public ReferencesView(ReferencesViewModel viewModel, Consumer<PolicyNumber> open) {
        setId("referencesView");
        getStyleClass().add(Styles.PLACE);
        Label brokenTitle = new Label("CROSS REFs that name a policy not in the store");
        brokenTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Button refresh = new Button("Check again");
        refresh.setOnAction(e -> viewModel.refresh());
        TableView<ReferenceHit> broken = table(viewModel.broken(), "Names", "Title given", open);
        broken.setId("brokenRefs");
        broken.setPlaceholder(new Label("Every CROSS REF names a policy in the store."));

        Label askTitle = new Label("Who cites a statute, or refers to a policy?");
        askTitle.getStyleClass().add(Styles.SECTION_TITLE);
        TextField question = new TextField();
        question.setId("referenceQuestion");
        question.setPromptText("A citation such as 820 ILCS 55/10, or a policy number such as 5:125");
        Button ask = new Button("Find");
        ask.setDefaultButton(false);
        ask.setOnAction(e -> viewModel.ask(question.getText()));
        question.setOnAction(e -> viewModel.ask(question.getText()));
        HBox.setHgrow(question, Priority.ALWAYS);
        HBox askRow = new HBox(8, question, ask);
        askRow.setAlignment(Pos.CENTER_LEFT);
        Label answer = new Label();
        answer.setId("referenceAnswer");
        answer.textProperty().bind(viewModel.foundTitleProperty());
        TableView<ReferenceHit> found = table(viewModel.found(), "Reference", "Title given", open);
        found.setId("referenceHits");
        found.setPlaceholder(new Label("Ask above."));
        VBox.setVgrow(broken, Priority.ALWAYS);
        VBox.setVgrow(found, Priority.ALWAYS);
        HBox brokenRow = new HBox(12, brokenTitle, refresh);
        brokenRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(brokenRow, broken, askTitle, askRow, answer, found);
    }

    private static TableView<ReferenceHit> table(javafx.collections.ObservableList<ReferenceHit> items, String named,
                                                 String titled, Consumer<PolicyNumber> open) {
        TableView<ReferenceHit> t = new TableView<>(items);
        t.getColumns().add(column("Policy", h -> h.policy() == null ? "—" : h.policy().toString(), 70));
        t.getColumns().add(column("Title", ReferenceHit::policyTitle, 260));
        t.getColumns().add(column("Version", h -> h.versionSeq() + " · " + h.status().label(), 110));
        t.getColumns().add(column(named, ReferenceHit::named, 260));
        t.getColumns().add(column(titled, h -> h.title() == null ? "" : h.title(), 260));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setOnMouseClicked(e -> {
            ReferenceHit h = t.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && h != null && h.policy() != null) {
                open.accept(h.policy());
            }
        });
        return t;
    }

    private static TableColumn<ReferenceHit, String> column(String title, java.util.function.Function<ReferenceHit, String> v,
                                                            double width) {
        TableColumn<ReferenceHit, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
