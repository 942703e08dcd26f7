package org.policydesk.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.policydesk.model.PolicyNumber;

/**
 * Walks the real app through the user guide's tasks and captures the whole (virtual) screen at each step with
 * ImageMagick's {@code import}, dialogs and the full-screen kiosk included. Run by {@code docs/guide/screenshots.sh},
 * which prepares the store between the two parts:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.GuideTour OUTDIR library|staff ROSTER|acks SHEET-ID SIGNED.pdf}.
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
                    new Walk(stage, out, raw.subList(2, raw.size())).run(part);
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

    /** The steps; every call blocks the walker thread, never the FX thread. */
    private static final class Walk {
        private final Stage stage;
        private final Path out;
        /** What a part needs from the script: the roster file; or the sheet ID and the signed PDF. */
        private final List<String> extra;
        private MainView view;

        Walk(Stage stage, Path out, List<String> extra) {
            this.stage = stage;
            this.out = out;
            this.extra = extra;
        }

        void run(String part) throws Exception {
            onFx(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            // The window shows before the store opens; its places come with the store (decision 0071).
            view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            find("#policyTable");
            pause(2500);
            switch (part) {
                case "library" -> library();
                case "staff" -> staff();
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
            fire("#editDraft");
            pause(2000);
            shot("03-draft-editor");
            nav("Policies");
            fire("#showRedline");
            pause(2000);
            shot("04-redline");
            nav("Policies");
            fire("#adoptDraft");
            pause(1500);
            shot("05-adopt");
            cancelDialog();
            fire("#showHistory");
            pause(1500);
            shot("06-history");
            cancelDialog();
            menu("Board packet…");
            Stage packet = waitFor(() -> windowWith("#packetBuild"));
            onFx(() -> {
                packet.setX(40);
                packet.setY(20);
            });
            ComboBox<?> issue = (ComboBox<?>) find("#packetIssue");
            onFx(() -> {
                if (issue.getValue() == null && !issue.getItems().isEmpty()) {
                    issue.getSelectionModel().select(0);
                }
            });
            fire("#packetBuild");
            Node save = find("#packetSave");
            waitFor(() -> save.isDisabled() ? null : Boolean.TRUE, 300);
            pause(2500);
            shot("07-packet");
            onFx(packet::close);
            nav("Settings");
            pause(1500);
            shot("20-settings");
        }

        private void staff() throws Exception {
            nav("Staff");
            type("#rosterFile", extra.get(0));
            fire("#readRoster");
            pause(3000);
            shot("08-roster-mapping");
            fire("#previewRoster");
            pause(3000);
            shot("09-roster-preview");
            fire("#confirmImport");
            pause(1500);
            pressOkIfAsked();
            pause(3000);
            nav("Roster check");
            pause(1000);
            type("#checkPolicy", "5:125");
            fire("#runCheck");
            pause(3000);
            shot("10-roster-check");
        }

        private void acks() throws Exception {
            nav("Acknowledgments");
            pause(2000);
            ComboBox<?> policy = (ComboBox<?>) find("#ackPolicy");
            onFx(() -> selectContaining(policy, "5:125"));
            pause(1500);
            fire("#scope-building");
            pause(1500);
            shot("11-ack-sheets");
            part("Returned sheet");
            type("#returnCode", extra.get(0));
            fire("#findSheet");
            pause(2500);
            shot("12-ack-returned");
            part("Verify a PDF");
            Node choose = find("#verifyChoose");
            VerifyPdfView verify = onFxGet(() -> ancestor(choose, VerifyPdfView.class));
            Path signed = Path.of(extra.get(1));
            onFx(() -> verify.setChooser(w -> signed));
            fire("#verifyChoose");
            pause(3000);
            shot("13-verify");
            part("Certificate and kiosk");
            pause(1500);
            shot("14-certificate");
            kiosk();
        }

        private void kiosk() throws Exception {
            fire("#startKiosk");
            pause(1500);
            // First start: the office password that guards leaving the kiosk.
            Window ask = waitFor(() -> windowWith("#newPassword") == null ? null : windowWith("#newPassword"));
            type("#newPassword", "office-2026");
            type("#newPasswordAgain", "office-2026");
            pause(300);
            pressOk(ask);
            find("#kioskName");
            pause(1500);
            type("#kioskName", "Nguy");
            pause(1500);
            shot("15-kiosk-find");
            ListView<?> matches = (ListView<?>) find("#kioskMatches");
            onFx(() -> matches.getSelectionModel().select(0));
            clickCentre(matches);
            ScrollPane reading = (ScrollPane) find("#kioskReading");
            pause(1500);
            onFx(() -> reading.setVvalue(0.35));
            pause(800);
            shot("16-kiosk-read");
            onFx(() -> reading.setVvalue(1.0));
            pause(800);
            fire("#kioskToSign");
            Node pad = find("#signaturePad");
            pause(800);
            sign(pad);
            pause(800);
            shot("17-kiosk-sign");
            fire("#kioskConfirm");
            find("#kioskThanks");
            pause(1000);
            shot("18-kiosk-thanks");
        }

        // ---- steps ---------------------------------------------------------------------------------

        private void nav(String place) {
            onFx(() -> view.navigation().show(place));
            pause(800);
        }

        private void part(String title) {
            TabPane parts = (TabPane) find("#ackParts");
            onFx(() -> parts.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                    .ifPresent(t -> parts.getSelectionModel().select(t)));
            pause(1200);
        }

        private void selectPolicy(String number) {
            @SuppressWarnings("unchecked")
            TableView<org.policydesk.model.PolicySummary> table =
                    (TableView<org.policydesk.model.PolicySummary>) find("#policyTable");
            PolicyNumber wanted = PolicyNumber.parse(number);
            waitFor(() -> table.getItems().stream().anyMatch(s -> wanted.equals(s.number())) ? Boolean.TRUE : null);
            onFx(() -> table.getItems().stream().filter(s -> wanted.equals(s.number())).findFirst()
                    .ifPresent(s -> table.getSelectionModel().select(s)));
            find("#editDraft");
            pause(1500);
        }

        private void menu(String text) {
            MenuBar bar = (MenuBar) find(".menu-bar");
            Platform.runLater(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(i -> text.equals(i.getText())).findFirst().ifPresent(MenuItem::fire));
            pause(1500);
        }

        private void fire(String id) {
            Node n = find(id);
            waitFor(() -> n.isDisabled() ? null : Boolean.TRUE);
            // Not waited for: a button may open a dialog with showAndWait, which returns only when it closes.
            Platform.runLater(() -> ((ButtonBase) n).fire());
            pause(900);
        }

        private void type(String id, String text) {
            Node n = find(id);
            onFx(() -> {
                TextInputControl field = (TextInputControl) n;
                field.requestFocus();
                field.setText(text);
                field.positionCaret(text.length());
            });
            pause(400);
        }

        private static void selectContaining(ComboBox<?> box, String text) {
            for (int i = 0; i < box.getItems().size(); i++) {
                if (String.valueOf(box.getItems().get(i)).contains(text)) {
                    box.getSelectionModel().select(i);
                    return;
                }
            }
        }

        /** Draws a looping signature with the platform robot, as a mouse would. */
        private void sign(Node pad) {
            Bounds b = onFxGet(() -> pad.localToScreen(pad.getBoundsInLocal()));
            double x0 = b.getMinX() + b.getWidth() * 0.15;
            double y0 = b.getMinY() + b.getHeight() * 0.6;
            onFx(() -> {
                Robot robot = new Robot();
                robot.mouseMove(x0, y0);
                robot.mousePress(MouseButton.PRIMARY);
            });
            for (int k = 0; k <= 60; k++) {
                double t = k / 60.0;
                double x = x0 + t * b.getWidth() * 0.7;
                double y = y0 - Math.sin(t * Math.PI * 5) * b.getHeight() * 0.25 * (1 - t * 0.5);
                onFx(() -> new Robot().mouseMove(x, y));
            }
            onFx(() -> new Robot().mouseRelease(MouseButton.PRIMARY));
        }

        private void clickCentre(Node node) {
            Bounds b = onFxGet(() -> node.localToScreen(node.getBoundsInLocal()));
            onFx(() -> {
                Robot robot = new Robot();
                robot.mouseMove(b.getMinX() + 60, b.getMinY() + 30);
                robot.mouseClick(MouseButton.PRIMARY);
            });
            pause(1200);
        }

        private void cancelDialog() {
            onFx(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w != stage && w instanceof Stage s && s.getScene() != null
                            && s.getScene().getRoot() instanceof DialogPane) {
                        s.close();
                    }
                }
            });
            pause(600);
        }

        private void pressOkIfAsked() {
            Window dialog = onFxGet(() -> Window.getWindows().stream()
                    .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .findFirst().orElse(null));
            if (dialog != null) {
                pressOk(dialog);
            }
        }

        private void pressOk(Window dialog) {
            onFx(() -> {
                DialogPane pane = (DialogPane) dialog.getScene().getRoot();
                Node ok = pane.lookupButton(ButtonType.OK);
                if (ok == null) {
                    ok = pane.getButtonTypes().stream().map(pane::lookupButton)
                            .filter(n -> n instanceof ButtonBase).findFirst().orElseThrow();
                }
                Platform.runLater(((ButtonBase) ok)::fire);
            });
            pause(800);
        }

        // ---- finding and waiting ------------------------------------------------------------------------

        private Node find(String selector) {
            return waitFor(() -> {
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w.isShowing() && w.getScene() != null) {
                        Node n = w.getScene().getRoot().lookup(selector);
                        if (n != null && n.isVisible()) {
                            return n;
                        }
                    }
                }
                return null;
            });
        }

        private Stage windowWith(String selector) {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.isShowing() && s.getScene() != null
                        && s.getScene().getRoot().lookup(selector) != null) {
                    return s;
                }
            }
            return null;
        }

        private static <T> T ancestor(Node node, Class<T> type) {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (type.isInstance(p)) {
                    return type.cast(p);
                }
            }
            return null;
        }

        private void shot(String name) throws IOException, InterruptedException {
            pause(700);
            Path png = out.resolve(name + ".png");
            Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("import could not capture " + png);
            }
            System.out.println("captured " + png);
        }

        private static <T> T waitFor(Supplier<T> probe) {
            return waitFor(probe, 40);
        }

        private static <T> T waitFor(Supplier<T> probe, int seconds) {
            for (int i = 0; i < seconds * 10; i++) {
                T value = onFxGet(probe);
                if (value != null) {
                    return value;
                }
                pause(100);
            }
            throw new IllegalStateException("the tour waited " + seconds + " s for something that did not appear");
        }

        private static void onFx(Runnable action) {
            onFxGet(() -> {
                action.run();
                return Boolean.TRUE;
            });
        }

        private static <T> T onFxGet(Supplier<T> action) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    result.complete(action.get());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            return result.join();
        }

        private static void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
