package org.policydesk.gui.acknowledgments;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policydesk.gui.common.Styles;

/** The "Verify a PDF" part of the Acknowledgments place: choose or drop a PDF. Binds to {@link VerifyPdfViewModel}. */
public final class VerifyPdfView extends VBox {

    private Function<Window, Path> chooser = VerifyPdfView::choose;

    public VerifyPdfView(VerifyPdfViewModel vm) {
        super(8);
        getStyleClass().add(Styles.PLACE);
        Button choose = new Button("Choose a PDF…");
        choose.setId("verifyChoose");
        choose.setOnAction(e -> {
            Path pdf = chooser.apply(getScene() == null ? null : getScene().getWindow());
            if (pdf != null) {
                vm.verify(pdf);
            }
        });
        Label hint = new Label("or drop a PDF here. Sheets, forms, packets and reports signed by PolicyDesk "
                + "(or anyone) can be checked.");
        hint.setWrapText(true);
        HBox top = new HBox(8, choose, hint);
        top.setAlignment(Pos.CENTER_LEFT);

        Label verdict = new Label();
        verdict.setId("verifyVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.SECTION_TITLE);
        verdict.textProperty().bind(vm.verdictProperty());
        ListView<String> details = new ListView<>(vm.details());
        details.setId("verifyDetails");
        details.setPlaceholder(new Label("Who signed, when, and whether the file is unchanged show here."));
        VBox.setVgrow(details, Priority.ALWAYS);

        setOnDragOver(e -> {
            if (pdfIn(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Path pdf = pdfIn(e.getDragboard().getFiles());
            if (pdf != null) {
                vm.verify(pdf);
            }
            e.setDropCompleted(pdf != null);
            e.consume();
        });
        getChildren().addAll(AckSheetsView.title("Verify a signed PDF"), top, verdict, details);
    }

    private static Path pdfIn(java.util.List<File> files) {
        if (files == null) {
            return null;
        }
        return files.stream().filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                .findFirst().map(File::toPath).orElse(null);
    }

    private static Path choose(Window owner) {
        FileChooser c = new FileChooser();
        c.setTitle("Choose a PDF to verify");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = c.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** For tests: which file "Choose a PDF…" picks. */
    public void setChooser(Function<Window, Path> chooser) {
        this.chooser = chooser;
    }
}
