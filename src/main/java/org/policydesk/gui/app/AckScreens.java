package org.policydesk.gui.app;

import java.time.LocalDate;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.policydesk.gui.acknowledgments.AckPlaceViewModel;
import org.policydesk.gui.acknowledgments.AckSheetsView;
import org.policydesk.gui.acknowledgments.AckSheetsViewModel;
import org.policydesk.gui.acknowledgments.CertificateView;
import org.policydesk.gui.acknowledgments.CertificateViewModel;
import org.policydesk.gui.acknowledgments.IndividualAckView;
import org.policydesk.gui.acknowledgments.IndividualAckViewModel;
import org.policydesk.gui.acknowledgments.KioskStage;
import org.policydesk.gui.acknowledgments.KioskViewModel;
import org.policydesk.gui.acknowledgments.ReturnedSheetView;
import org.policydesk.gui.acknowledgments.ReturnedSheetViewModel;
import org.policydesk.gui.acknowledgments.VerifyPdfView;
import org.policydesk.gui.acknowledgments.VerifyPdfViewModel;
import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.ErrorDialog;
import org.policydesk.gui.common.PasswordPrompt;
import org.policydesk.gui.common.Styles;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;

/**
 * Puts the Acknowledgments place into the window: the policy chosen at the top, "Start kiosk", and below it
 * Sheets, Returned sheet, One employee, Verify a PDF, and Certificate and kiosk.
 */
public final class AckScreens {

    private AckScreens() {
    }

    public static void install(MainView view, Workspace workspace, BackgroundTasks tasks) {
        if (workspace.acknowledgments() == null || workspace.signing() == null || workspace.rosters() == null
                || workspace.training() == null) {
            return;
        }
        AckPlaceViewModel place = new AckPlaceViewModel(workspace.acknowledgments(), tasks);
        AckSheetsViewModel sheets = new AckSheetsViewModel(workspace.acknowledgments(), workspace.signing(),
                workspace.rosters(), workspace.training(), tasks);
        sheets.policyProperty().bind(place.policyProperty());
        ReturnedSheetViewModel returned = new ReturnedSheetViewModel(workspace.acknowledgments(), tasks, LocalDate.now());
        IndividualAckViewModel individual = new IndividualAckViewModel(workspace.acknowledgments(), workspace.signing(),
                tasks);
        individual.policyProperty().bind(place.policyProperty());
        VerifyPdfViewModel verify = new VerifyPdfViewModel(workspace.signing(), tasks);
        CertificateViewModel certificate = new CertificateViewModel(workspace.signing(), workspace.acknowledgments(),
                workspace.settings(), tasks);
        certificate.setOnChange(() -> {
            sheets.refresh();
            individual.refresh();
        });

        // Built the first time the place is shown (decision 0071).
        Tab tab = view.navigation().lazyPlace("Acknowledgments",
                () -> content(place, sheets, returned, individual, verify, certificate, workspace, tasks));
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                place.refresh();
                sheets.refresh();
                individual.refresh();
                certificate.refresh();
            }
        });
    }

    private static BorderPane content(AckPlaceViewModel place, AckSheetsViewModel sheets, ReturnedSheetViewModel returned,
                                      IndividualAckViewModel individual, VerifyPdfViewModel verify,
                                      CertificateViewModel certificate, Workspace workspace, BackgroundTasks tasks) {
        ReturnedSheetView returnedView = new ReturnedSheetView(returned);
        TabPane parts = new TabPane(
                part("Sheets", new AckSheetsView(sheets)),
                part("Returned sheet", returnedView),
                part("One employee", new IndividualAckView(individual)),
                part("Verify a PDF", new VerifyPdfView(verify)),
                part("Certificate and kiosk", new CertificateView(certificate)));
        parts.setId("ackParts");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        parts.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.getContent() == returnedView) {
                javafx.application.Platform.runLater(returnedView::focusCode);
            }
        });

        BorderPane content = new BorderPane(parts);
        content.setTop(policyBar(place, workspace, tasks, certificate));
        return content;
    }

    private static HBox policyBar(AckPlaceViewModel place, Workspace workspace, BackgroundTasks tasks,
                                  CertificateViewModel certificate) {
        ComboBox<PolicyNumber> policy = new ComboBox<>(place.policies());
        policy.setId("ackPolicy");
        policy.valueProperty().bindBidirectional(place.policyProperty());
        policy.setPlaceholder(new Label("No adopted policies yet."));
        Button kiosk = new Button();
        kiosk.setId("startKiosk");
        kiosk.textProperty().bind(place.policyProperty().map(n -> "Start kiosk for " + n + "…")
                .orElse("Start kiosk…"));
        kiosk.disableProperty().bind(place.policyProperty().isNull());
        kiosk.setOnAction(e -> startKiosk(kiosk.getScene().getWindow(), place.policyProperty().get(), workspace, tasks,
                certificate));
        Label note = new Label("Sheets, forms and the kiosk are for the policy's current adopted version.");
        note.getStyleClass().add(Styles.READ_ONLY_NOTE);
        HBox bar = new HBox(8, new Label("Policy"), policy, kiosk, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.PLACE);
        return bar;
    }

    /** Starts the kiosk, first asking for an office password when none is set: without one it cannot be left. */
    private static void startKiosk(Window owner, PolicyNumber number, Workspace workspace, BackgroundTasks tasks,
                                   CertificateViewModel certificate) {
        certificate.whenOfficePasswordIsSet(
                () -> PasswordPrompt.askNew(owner, "Set an office password first: it is needed to leave the kiosk", 4),
                () -> new KioskStage(new KioskViewModel(workspace.acknowledgments(), tasks, number)).show(),
                failure -> ErrorDialog.create(owner, "The kiosk cannot start.", failure).show());
    }

    private static Tab part(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(Navigation.idOf("ack " + title));
        return tab;
    }
}
