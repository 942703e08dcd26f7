package org.policydesk.gui.app;

import static org.policydesk.gui.app.TourRobot.ancestor;
import static org.policydesk.gui.app.TourRobot.onFx;
import static org.policydesk.gui.app.TourRobot.onFxGet;
import static org.policydesk.gui.app.TourRobot.pause;
import static org.policydesk.gui.app.TourRobot.selectContaining;
import static org.policydesk.gui.app.TourRobot.waitFor;
import static org.policydesk.gui.app.TourRobot.windowWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.gui.acknowledgments.VerifyPdfView;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;

/**
 * Walks the real app through the user guide's tasks and captures the whole (virtual) screen at each step with
 * ImageMagick's {@code import}, dialogs and the full-screen kiosk included. Run by {@code docs/guide/screenshots.sh},
 * which prepares the store between the parts:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.app.GuideTour OUTDIR library|staff ROSTER|training|acks SHEET-ID SIGNED.pdf}.
 */
public final class GuideTour {

    private GuideTour() {
    }

    public static void main(String[] args) {
        Application.launch(TourApp.class, args);
    }

    public static final class TourApp extends PolicyDeskApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            List<String> raw = getParameters().getRaw();
            Path out = Path.of(raw.get(0));
            String part = raw.get(1);
            Thread walker = new Thread(() -> {
                int status = 0;
                try {
                    Files.createDirectories(out);
                    new Walk(new TourRobot(stage), out, raw.subList(2, raw.size())).run(part);
                } catch (Throwable t) {
                    t.printStackTrace();
                    status = 1;
                }
                System.exit(status);
            }, "guide-tour");
            walker.setDaemon(true);
            walker.start();
        }
    }

    /** The sample district's yearly training (resources/sample/training/types.list). */
    private static final String ANNUAL_TRAINING = "Annual policy awareness";

    /** The steps; every call blocks the walker thread, never the FX thread. */
    private static final class Walk {
        private final TourRobot robot;
        private final Path out;
        /** What a part needs from the script: the roster file; or the sheet ID and the signed PDF. */
        private final List<String> extra;
        private MainView view;

        Walk(TourRobot robot, Path out, List<String> extra) {
            this.robot = robot;
            this.out = out;
            this.extra = extra;
        }

        void run(String part) throws Exception {
            Stage stage = robot.stage();
            onFx(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            // The window shows before the store opens; its places come with the store (decision 0071).
            view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            robot.find("#policyTable");
            pause(2500);
            switch (part) {
                case "library" -> library();
                case "staff" -> staff();
                case "training" -> training();
                case "acks" -> acks();
                default -> throw new IllegalArgumentException("no tour part " + part);
            }
        }

        private void library() throws Exception {
            selectPolicy("5:125");
            shot("01-policies");
            nav("PRESS issues");
            pause(1500);
            shot("02-issue-117");
            nav("Policies");
            selectPolicy("5:125");
            robot.fire("#editDraft");
            pause(2000);
            shot("03-draft-editor");
            nav("Policies");
            robot.fire("#showRedline");
            pause(2000);
            shot("04-redline");
            nav("Policies");
            robot.fire("#adoptDraft");
            pause(1500);
            shot("05-adopt");
            robot.cancelDialogs();
            // The fold-out under the text: every recorded step of the policy, the sample district's imports first.
            TitledPane history = (TitledPane) robot.find("#policyHistory");
            onFx(() -> history.setExpanded(true));
            TableView<?> steps = (TableView<?>) robot.find("#policyHistoryTable");
            waitFor(() -> steps.getItems().isEmpty() ? null : Boolean.TRUE);
            pause(1500);
            shot("06-history");
            onFx(() -> history.setExpanded(false));
            packet();
            nav("Settings");
            robot.fire("#backUpNow");
            TableView<?> backups = (TableView<?>) robot.find("#backupList");
            waitFor(() -> backups.getItems().isEmpty() ? null : Boolean.TRUE);
            pause(1500);
            shot("20-settings");
            nav("References");
            ask("#referenceQuestion", "820 ILCS 55/10");
            pause(1500);
            shot("21-references");
            nav("Search");
            robot.type("#searchField", "smartwatch facebook");
            pause(2000);
            shot("22-search");
        }

        private void packet() throws Exception {
            menu("Board packet…");
            Stage packet = waitFor(() -> windowWith("#packetBuild"));
            onFx(() -> {
                packet.setX(40);
                packet.setY(20);
            });
            ComboBox<?> issue = (ComboBox<?>) robot.find("#packetIssue");
            onFx(() -> {
                if (issue.getValue() == null && !issue.getItems().isEmpty()) {
                    issue.getSelectionModel().select(0);
                }
            });
            robot.fire("#packetBuild");
            Node save = robot.find("#packetSave");
            waitFor(() -> save.isDisabled() ? null : Boolean.TRUE, 300);
            pause(2500);
            shot("07-packet");
            onFx(packet::close);
        }

        private void staff() throws Exception {
            nav("Staff");
            robot.type("#rosterFile", extra.get(0));
            robot.fire("#readRoster");
            pause(3000);
            shot("08-roster-mapping");
            robot.fire("#previewRoster");
            pause(3000);
            shot("09-roster-preview");
            robot.fire("#confirmImport");
            pause(1500);
            robot.pressOkIfAsked();
            pause(3000);
            nav("Roster check");
            pause(1000);
            robot.type("#checkPolicy", "5:125");
            robot.fire("#runCheck");
            pause(3000);
            shot("10-roster-check");
        }

        /** The sample training, once the script has imported the sample sign-in sheets into its sessions. */
        private void training() throws Exception {
            nav("Training");
            @SuppressWarnings("unchecked")
            ListView<TrainingType> types = (ListView<TrainingType>) robot.find("#trainingTypes");
            TrainingType annual = waitFor(() -> types.getItems().stream()
                    .filter(t -> t.name().startsWith(ANNUAL_TRAINING)).findFirst().orElse(null));
            onFx(() -> types.getSelectionModel().select(annual));
            @SuppressWarnings("unchecked")
            TableView<TrainingSession> sessions = (TableView<TrainingSession>) robot.find("#trainingSessions");
            TrainingSession held = waitFor(() -> sessions.getItems().stream()
                    .filter(x -> x.attendeeCount() > 0).findFirst().orElse(null));
            onFx(() -> sessions.getSelectionModel().select(held));
            ListView<?> attendees = (ListView<?>) robot.find("#attendeeList");
            waitFor(() -> attendees.getItems().isEmpty() ? null : Boolean.TRUE);
            pause(1500);
            shot("23-training");
            nav("Roster check");
            robot.fire("#checkByTraining");
            ComboBox<?> training = (ComboBox<?>) robot.find("#checkTraining");
            waitFor(() -> training.getItems().isEmpty() ? null : Boolean.TRUE);
            onFx(() -> selectContaining(training, ANNUAL_TRAINING));
            robot.fire("#runCheck");
            TableView<?> tallies = (TableView<?>) robot.find("#tallyTable");
            waitFor(() -> tallies.getItems().isEmpty() ? null : Boolean.TRUE);
            pause(1500);
            shot("24-training-check");
        }

        private void acks() throws Exception {
            nav("Acknowledgments");
            pause(2000);
            ComboBox<?> policy = (ComboBox<?>) robot.find("#ackPolicy");
            onFx(() -> selectContaining(policy, "5:125"));
            pause(1500);
            robot.fire("#scope-building");
            pause(1500);
            shot("11-ack-sheets");
            part("Returned sheet");
            robot.type("#returnCode", extra.get(0));
            robot.fire("#findSheet");
            pause(2500);
            shot("12-ack-returned");
            part("Verify a PDF");
            Node choose = robot.find("#verifyChoose");
            VerifyPdfView verify = onFxGet(() -> ancestor(choose, VerifyPdfView.class));
            Path signed = Path.of(extra.get(1));
            onFx(() -> verify.setChooser(w -> signed));
            robot.fire("#verifyChoose");
            pause(3000);
            shot("13-verify");
            part("Certificate and kiosk");
            // The district's own certificate, as the office makes it once: then the place says whom it names.
            robot.fire("#createCertificate");
            Window ask = waitFor(() -> windowWith("#newPassword"));
            robot.type("#newPassword", "district-2026");
            robot.type("#newPasswordAgain", "district-2026");
            robot.pressOk(ask);
            Labeled status = (Labeled) robot.find("#certificateStatus");
            waitFor(() -> status.getText() == null || status.getText().startsWith("No district certificate")
                    ? null : Boolean.TRUE, 120);
            pause(1500);
            shot("14-certificate");
            kiosk();
        }

        private void kiosk() throws Exception {
            robot.fire("#startKiosk");
            pause(1500);
            // First start: the office password that guards leaving the kiosk.
            Window ask = waitFor(() -> windowWith("#newPassword"));
            robot.type("#newPassword", "office-2026");
            robot.type("#newPasswordAgain", "office-2026");
            pause(300);
            robot.pressOk(ask);
            robot.find("#kioskName");
            pause(1500);
            robot.type("#kioskName", "Nguy");
            pause(1500);
            shot("15-kiosk-find");
            ListView<?> matches = (ListView<?>) robot.find("#kioskMatches");
            onFx(() -> matches.getSelectionModel().select(0));
            robot.clickNearTopLeft(matches);
            ScrollPane reading = (ScrollPane) robot.find("#kioskReading");
            pause(1500);
            onFx(() -> reading.setVvalue(0.35));
            pause(800);
            shot("16-kiosk-read");
            onFx(() -> reading.setVvalue(1.0));
            pause(800);
            robot.fire("#kioskToSign");
            Node pad = robot.find("#signaturePad");
            pause(800);
            robot.sign(pad);
            pause(800);
            shot("17-kiosk-sign");
            robot.fire("#kioskConfirm");
            robot.find("#kioskThanks");
            pause(1000);
            shot("18-kiosk-thanks");
        }

        // ---- steps in this app's places ----------------------------------------------------------------

        private void nav(String place) {
            onFx(() -> view.navigation().show(place));
            pause(800);
        }

        private void part(String title) {
            TabPane parts = (TabPane) robot.find("#ackParts");
            onFx(() -> parts.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                    .ifPresent(t -> parts.getSelectionModel().select(t)));
            pause(1200);
        }

        /** Types a question into a field and presses Enter in it. */
        private void ask(String selector, String question) {
            robot.type(selector, question);
            TextField field = (TextField) robot.find(selector);
            onFx(() -> field.fireEvent(new javafx.event.ActionEvent()));
        }

        private void selectPolicy(String number) {
            @SuppressWarnings("unchecked")
            TableView<PolicySummary> table = (TableView<PolicySummary>) robot.find("#policyTable");
            PolicyNumber wanted = PolicyNumber.parse(number);
            waitFor(() -> table.getItems().stream().anyMatch(s -> wanted.equals(s.number())) ? Boolean.TRUE : null);
            onFx(() -> table.getItems().stream().filter(s -> wanted.equals(s.number())).findFirst()
                    .ifPresent(s -> table.getSelectionModel().select(s)));
            robot.find("#editDraft");
            pause(1500);
        }

        private void menu(String text) {
            MenuBar bar = (MenuBar) robot.find(".menu-bar");
            Platform.runLater(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> text.equals(i.getText())).findFirst().ifPresent(MenuItem::fire));
            pause(1500);
        }

        private void shot(String name) throws Exception {
            TourRobot.shot(out, name);
        }
    }
}
