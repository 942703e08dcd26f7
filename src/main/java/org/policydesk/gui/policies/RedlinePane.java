package org.policydesk.gui.policies;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.policydesk.gui.common.RedlineView;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RedlineReport;

/** A redline tab: pick any two versions (default: latest draft against the adopted text) and read the changes. */
public final class RedlinePane extends BorderPane {

    public RedlinePane(RedlineViewModel viewModel) {
        ComboBox<PolicyVersion> from = versionBox("redlineFrom", viewModel);
        ComboBox<PolicyVersion> to = versionBox("redlineTo", viewModel);
        from.setItems(viewModel.versions());
        to.setItems(viewModel.versions());
        RedlineView view = new RedlineView();
        viewModel.reportProperty().addListener((o, old, r) -> {
            view.show(r);
            select(from, r == null ? null : r.from());
            select(to, r == null ? null : r.to());
        });
        Runnable compare = () -> {
            if (from.getValue() != null && to.getValue() != null) {
                RedlineReport shown = viewModel.reportProperty().get();
                if (shown == null || shown.from().seq() != from.getValue().seq() || shown.to().seq() != to.getValue().seq()) {
                    viewModel.compare(from.getValue().seq(), to.getValue().seq());
                }
            }
        };
        from.setOnAction(e -> compare.run());
        to.setOnAction(e -> compare.run());
        HBox bar = new HBox(8, new Label("Compare"), from, new Label("with"), to);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.EDITOR_TOOLBAR);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        setTop(bar);
        setCenter(scroll);
        getStyleClass().add(Styles.READER);
    }

    private static void select(ComboBox<PolicyVersion> box, PolicyVersion v) {
        if (v == null) {
            return;
        }
        box.getItems().stream().filter(x -> x.seq() == v.seq()).findFirst().ifPresent(box::setValue);
    }

    private static ComboBox<PolicyVersion> versionBox(String id, RedlineViewModel viewModel) {
        ComboBox<PolicyVersion> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyVersion v) {
                return v == null ? "" : viewModel.label(v);
            }

            @Override
            public PolicyVersion fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }
}
