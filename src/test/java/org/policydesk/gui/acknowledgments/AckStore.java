package org.policydesk.gui.acknowledgments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;

/** What the acknowledgment tests start from: three staff in two buildings and the sample 5:125 adopted. */
final class AckStore {

    static final PolicyNumber P = PolicyNumber.parse("5:125");
    static final String ROSTER = """
            Employee ID,Employee Name,Position,Email,Building,Hire Date,Status
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,08/15/2019,Active
            000420,"Lee, Ann",Teacher,alee@d.org,0230,2020-01-01,Active
            000421,"Leeds, Paul",Custodian,pleeds@d.org,0230,2020-01-01,Active
            """;
    static final LocalDate ADOPTED = LocalDate.of(2025, 6, 12);

    private AckStore() {
    }

    /** A new store in {@code dir}/store, filled by {@link #fill}; closed again, for the window to open. */
    static Path newStore(Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (Workspace w = Workspaces.open(store)) {
            fill(w, dir);
        }
        return store;
    }

    /** Imports {@link #ROSTER} (written to a file in {@code dir}) and adopts 5:125 on {@link #ADOPTED}. */
    static void fill(Workspace w, Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER, StandardCharsets.UTF_8);
        w.rosters().apply(w.rosters().preview(roster, RosterImportOptions.guessed()), false);
        long policyId = w.policies().listPolicies().get(0).id();
        long versionId = w.policies().policy(policyId, null).orElseThrow().shown().id();
        w.library().adopt(versionId, ADOPTED, AdoptionOutcome.AS_PRESENTED, false);
    }

    /** The showing full-screen kiosk window, or null; call on the FX thread or from a TestFX wait. */
    static Stage kioskStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                        && s.getTitle() != null && s.getTitle().startsWith("PolicyDesk kiosk"))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
