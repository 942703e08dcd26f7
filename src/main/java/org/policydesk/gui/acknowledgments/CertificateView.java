package org.policydesk.gui.acknowledgments;

import java.io.File;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.Styles;

/** The "Certificate and kiosk" part of the Acknowledgments place. Binds to {@link CertificateViewModel}. */
public final class CertificateView extends VBox {

    public CertificateView(CertificateViewModel vm) {
        super(8);
        getStyleClass().add(Styles.PLACE);

        Label status = new Label();
        status.setId("certificateStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.ROSTER_SUMMARY);
        status.textProperty().bind(vm.certificateProperty());

        Button importP12 = new Button("Import a .p12 file…");
        importP12.setId("importCertificate");
        importP12.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the district's certificate file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PKCS#12 (*.p12, *.pfx)", "*.p12",
                    "*.pfx"), new FileChooser.ExtensionFilter("All files", "*.*"));
            File file = chooser.showOpenDialog(window());
            if (file != null) {
                PasswordPrompt.ask(window(), "Import " + file.getName(), "The certificate file's password:")
                        .ifPresent(pw -> vm.importCertificate(file.toPath(), pw));
            }
        });
        Label importNote = new Label("Use the certificate your IT department or a certificate authority issued.");
        importNote.getStyleClass().add(Styles.READ_ONLY_NOTE);

        Label district = new Label();
        district.textProperty().bind(vm.districtNameProperty().map(n -> "For: " + n));
        Spinner<Integer> years = new Spinner<>(1, 20, vm.yearsProperty().get());
        years.setId("certificateYears");
        years.setPrefWidth(80);
        years.valueProperty().addListener((o, a, b) -> vm.yearsProperty().set(b));
        Button create = new Button("Create a self-signed certificate…");
        create.setId("createCertificate");
        create.setOnAction(e -> PasswordPrompt.askNew(window(), "A password for the new district certificate", 8)
                .ifPresent(vm::createCertificate));
        HBox createRow = new HBox(8, district, new Label("valid for"), years, new Label("years"), create);
        createRow.setAlignment(Pos.CENTER_LEFT);
        Label createNote = new Label("A self-signed certificate shows that a file is unchanged since the district "
                + "signed it; readers outside the district see it as \"not trusted\" until they trust it.");
        createNote.setWrapText(true);
        createNote.getStyleClass().add(Styles.READ_ONLY_NOTE);

        Label office = new Label();
        office.setId("officePasswordStatus");
        office.textProperty().bind(vm.hasOfficePasswordProperty().map(set -> set
                ? "The office password is set: it is needed to leave the kiosk."
                : "No office password yet: set one before starting a kiosk."));
        Button setOffice = new Button("Set the office password…");
        setOffice.setId("setOfficePassword");
        setOffice.setOnAction(e -> PasswordPrompt.askNew(window(), "The office password leaves the kiosk", 4)
                .ifPresent(vm::setOfficePassword));

        Label message = new Label();
        message.setId("certificateMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        getChildren().addAll(AckSheetsView.title("District certificate"), status, new HBox(8, importP12, importNote),
                createRow, createNote, AckSheetsView.title("Kiosk"), office, setOffice, message);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
