package org.policydesk.gui.policies;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.LogFile;
import org.policydesk.gui.common.Styles;

/** Lists, file by file, what an import did: new version, already stored, or why it failed, plus warnings. */
public final class ImportReportDialog {

    private ImportReportDialog() {
    }

    public static Alert create(Window owner, ImportReport report) {
        boolean failed = report.count(ImportReport.Result.FAILED) > 0;
        Alert alert = failed ? new Alert(Alert.AlertType.WARNING, "", ButtonType.OK, ErrorDialog.OPEN_LOG)
                : new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import report");
        alert.setHeaderText(report.summary());

        VBox rows = new VBox(10);
        for (ImportReport.Line line : report.lines()) {
            VBox row = new VBox(2);
            row.getChildren().add(styled(new Label(line.file()), Styles.REPORT_FILE));
            row.getChildren().add(styled(new Label(line.describe()), switch (line.result()) {
                case IMPORTED -> Styles.REPORT_OK;
                case ALREADY_STORED -> Styles.REPORT_SAME;
                case FAILED -> Styles.REPORT_ERROR;
            }));
            for (String warning : line.warnings()) {
                row.getChildren().add(styled(new Label("⚠ " + warning), Styles.REPORT_WARNING));
            }
            rows.getChildren().add(row);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(520);
        scroll.setPrefViewportHeight(Math.min(360, 60 + 48.0 * report.lines().size()));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().getStylesheets().add(
                ImportReportDialog.class.getResource(Styles.STYLESHEET).toExternalForm());
        alert.setResizable(true);
        if (failed) {
            // Like ErrorDialog: "Open log" keeps the report open.
            alert.getDialogPane().lookupButton(ErrorDialog.OPEN_LOG).addEventFilter(javafx.event.ActionEvent.ACTION,
                    e -> {
                        e.consume();
                        LogFile.openOrShowPath(alert.getDialogPane().getScene().getWindow());
                    });
        }
        return alert;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
