package org.policydesk.gui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.service.DataDirectory;
import org.policydesk.service.RosterImportOptions;
import org.policydesk.service.SheetRequest;
import org.policydesk.service.SigningKey;
import org.policydesk.service.Workspace;
import org.policydesk.service.Workspaces;

/**
 * Fills a throwaway store (POLICYDESK_HOME) with staff, an adopted 5:125, a certificate and a signed sheet, opens
 * the real app and walks to one acknowledgment screen, for screenshots:
 * {@code java -cp target/policydesk.jar:target/test-classes org.policydesk.gui.AckTour sheets|return|verify|certificate|kiosk-find|kiosk-read|kiosk-sign}.
 */
public final class AckTour {

    static final String ROSTER = """
            Employee ID,Employee Name,Position,Email,Building,Hire Date,Status
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,08/15/2019,Active
            000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,2015-07-01,Active
            000419,"Smith, Jane A",Counselor,jsmith@d.org,0150,8/20/21,Active
            000420,"Lee, Ann",Teacher,alee@d.org,0230,2020-01-01,Active
            000421,"Leeds, Paul",Custodian,pleeds@d.org,0230,2020-01-01,Active
            000422,"Garcia, Maria",Teacher,mgarcia@d.org,0150,2018-08-10,Active
            000423,"Kowalski, Adam",Bus Driver,akowalski@d.org,0230,2022-08-01,Active
            """;
    static final String PASSWORD = "district-pw-1";

    private AckTour() {
    }

    public static void main(String[] args) throws Exception {
        Path home = DataDirectory.ofSystem().resolve();
        prepare(home);
        if (args.length > 0 && args[0].equals("prepare")) {
            return;
        }
        Application.launch(TourApp.class, args);
    }

    private static void prepare(Path home) throws Exception {
        try (Workspace w = Workspaces.open(home)) {
            if (!w.rosters().employees().isEmpty()) {
                return;
            }
            Path roster = Files.writeString(home.resolve("roster.csv"), ROSTER, StandardCharsets.UTF_8);
            w.rosters().apply(w.rosters().preview(roster, RosterImportOptions.guessed()), false);
            long policyId = w.policies().listPolicies().get(0).id();
            long versionId = w.policies().policy(policyId, null).orElseThrow().shown().id();
            w.library().adopt(versionId, LocalDate.now().minusDays(30), AdoptionOutcome.AS_PRESENTED, false);
            w.acknowledgments().setOfficePassword("office-42".toCharArray());
            w.settings().setDistrictName("Prairie View Community Unit School District 204");
            Path p12 = w.signing().createDistrictCertificate(w.settings().districtName(), PASSWORD.toCharArray(), 5);
            var written = w.acknowledgments().writeSheets(SheetRequest.building(
                    org.policydesk.model.PolicyNumber.parse("5:125"), "0150"), home.resolve("signed-sheet.pdf"),
                    new SigningKey(p12, PASSWORD.toCharArray(), true));
            Files.writeString(home.resolve("sheet-id.txt"), written.sheet().id());
        }
    }

    public static final class TourApp extends PolicyDeskApp {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            String scene = getParameters().getRaw().isEmpty() ? "sheets" : getParameters().getRaw().get(0);
            Thread walker = new Thread(() -> walk(stage, scene), "tour");
            walker.setDaemon(true);
            walker.start();
        }

        private static void walk(Stage stage, String scene) {
            // The window shows before the store opens; its places come with the store (decision 0071).
            MainView view = waitFor(() -> stage.getScene().getRoot() instanceof MainView v
                    && v.navigation().getTabs().size() > 1 ? v : null);
            pause(1000);
            runOnFx(() -> view.navigation().show("Acknowledgments"));
            TabPane parts = (TabPane) lookup(view, "#ackParts");
            pause(1500);
            Path home = DataDirectory.ofSystem().resolve();
            switch (scene) {
                case "return" -> {
                    runOnFx(() -> parts.getSelectionModel().select(1));
                    TextField code = (TextField) lookup(view, "#returnCode");
                    String id = read(home.resolve("sheet-id.txt"));
                    runOnFx(() -> {
                        code.setText("PDSHEET:" + id + ":");
                        code.setText(id);
                        code.fireEvent(new javafx.event.ActionEvent());
                    });
                    pause(1500);
                    runOnFx(() -> {
                        @SuppressWarnings("unchecked")
                        var people = (javafx.scene.control.ListView<StaffPick>) view.lookup("#returnPeople");
                        people.getItems().get(1).pickedProperty().set(false);
                    });
                }
                case "verify" -> {
                    runOnFx(() -> parts.getSelectionModel().select(3));
                    VerifyPdfView v = waitFor(() -> (VerifyPdfView) parts.getTabs().get(3).getContent());
                    runOnFx(() -> v.setChooser(w -> home.resolve("signed-sheet.pdf")));
                    fire(view, "#verifyChoose");
                }
                case "certificate" -> runOnFx(() -> parts.getSelectionModel().select(4));
                case "kiosk-find", "kiosk-read", "kiosk-sign" -> kiosk(view, scene);
                default -> {
                    runOnFx(() -> parts.getSelectionModel().select(0));
                }
            }
        }

        private static void kiosk(MainView view, String scene) {
            fire(view, "#startKiosk");
            Parent kiosk = waitFor(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("PolicyDesk kiosk"))
                    .map(w -> w.getScene().getRoot()).findFirst().orElse(null));
            TextField name = (TextField) lookup(kiosk, "#kioskName");
            pause(800);
            runOnFx(() -> name.setText("Lee"));
            pause(1500);
            if (scene.equals("kiosk-find")) {
                return;
            }
            runOnFx(() -> {
                @SuppressWarnings("unchecked")
                var list = (javafx.scene.control.ListView<org.policydesk.model.Employee>) kiosk.lookup("#kioskMatches");
                list.getSelectionModel().select(0);
                list.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 10, 10, 10, 10, MouseButton.PRIMARY, 1,
                        false, false, false, false, true, false, false, true, false, false, null));
            });
            ScrollPane reading = (ScrollPane) lookup(kiosk, "#kioskReading");
            pause(800);
            if (scene.equals("kiosk-read")) {
                runOnFx(() -> reading.setVvalue(0.35));
                return;
            }
            runOnFx(() -> reading.setVvalue(1.0));
            pause(500);
            fire(kiosk, "#kioskToSign");
            Node pad = lookup(kiosk, "#signaturePad");
            runOnFx(() -> {
                double[][] stroke = {{60, 170}, {90, 90}, {120, 160}, {150, 80}, {185, 165}, {215, 120}, {260, 140},
                    {300, 110}, {340, 150}, {380, 95}, {420, 150}, {470, 130}, {540, 120}, {620, 135}};
                pad.fireEvent(mouse(pad, MouseEvent.MOUSE_PRESSED, stroke[0]));
                for (double[] p : stroke) {
                    pad.fireEvent(mouse(pad, MouseEvent.MOUSE_DRAGGED, p));
                }
                pad.fireEvent(mouse(pad, MouseEvent.MOUSE_RELEASED, stroke[stroke.length - 1]));
            });
        }

        private static MouseEvent mouse(Node pad, javafx.event.EventType<MouseEvent> type, double[] p) {
            // The constructor takes scene coordinates; the pad sees them in its own.
            javafx.geometry.Point2D at = pad.localToScene(p[0], p[1]);
            return new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1, false,
                    false, false, false,
                    true, false, false, true, false, false, null);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file).strip();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void fire(Parent root, String id) {
            Node n = lookup(root, id);
            runOnFx(() -> ((ButtonBase) n).fire());
            pause(1500);
        }

        private static Node lookup(Parent root, String id) {
            return waitFor(() -> root.lookup(id));
        }

        private static void runOnFx(Runnable r) {
            Platform.runLater(r);
            pause(300);
        }

        private static <T> T waitFor(java.util.function.Supplier<T> s) {
            for (int i = 0; i < 600; i++) {
                java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
                Platform.runLater(() -> f.complete(s.get()));
                try {
                    T v = f.get();
                    if (v != null) {
                        return v;
                    }
                    Thread.sleep(100);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("timed out");
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
