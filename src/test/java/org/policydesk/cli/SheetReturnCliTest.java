package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.model.AdoptionOutcome;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.SheetRequest;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.roster.RosterImportOptions;
import org.policydesk.text.PressParser;

/** Issue 19, item 1 on the command line: a returned sheet recorded twice adds nobody and says what is recorded. */
class SheetReturnCliTest {

    @TempDir
    Path tmp;
    private String policy;

    private CliHarness.Run run(String... args) {
        return CliHarness.in(tmp).opening(dir -> Workspaces.open(dir, new PressParser()::parse))
                .db(tmp.resolve("store")).run(args);
    }

    private String printedSheet() throws Exception {
        Path roster = Files.writeString(tmp.resolve("roster.csv"), """
                Employee ID,Employee Name,Position,Email,Building,Building 2,Hire Date,Status
                000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,,08/15/2019,Active
                000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,,2015-07-01,Active
                """, StandardCharsets.UTF_8);
        try (Workspace ws = Workspaces.open(tmp.resolve("store"))) {
            ws.rosters().apply(ws.rosters().preview(roster, RosterImportOptions.guessed()), false);
            var s = ws.policies().listPolicies().get(0);
            policy = s.number().toString();
            long versionId = ws.policies().policy(s.id(), null).orElseThrow().shown().id();
            ws.library().adopt(versionId, LocalDate.of(2025, 6, 12), AdoptionOutcome.AS_PRESENTED, false);
            return ws.acknowledgments().writeSheets(SheetRequest.building(s.number(), "0150"),
                    tmp.resolve("s.pdf"), null).sheet().id();
        }
    }

    @Test
    void countsReadAsEnglishOnePageOnePerson() throws Exception {
        printedSheet();
        CliHarness.Run one = run("sheets", "--policy", policy, "--employees", "000417", "--out", tmp.resolve("one.pdf").toString());
        assertThat(one.exit()).as(one.stderr()).isZero();
        assertThat(one.stdout()).contains(", 1 person, 1 page").doesNotContain("1 pages").doesNotContain("1 people");
        CliHarness.Run form = run("ack", "form", "--policy", policy, "--employee", "000417", "--out",
                tmp.resolve("form.pdf").toString());
        assertThat(form.exit()).as(form.stderr()).isZero();
        assertThat(form.stdout()).containsPattern("\\((1 page|[02-9] pages|\\d\\d+ pages)\\)");
    }

    @Test
    void recordingASheetAgainIsRefusedAndShowShowsWhoSignedAndWhoWasStruckOut() throws Exception {
        String sheet = printedSheet();
        CliHarness.Run first = run("ack", "record", "--sheet", sheet, "--except", "000418");
        assertThat(first.exit()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("recorded")
                .contains("1 did not sign");

        CliHarness.Run again = run("ack", "record", "--sheet", sheet);
        assertThat(again.exit()).isNotZero();
        assertThat(again.stderr()).contains("already recorded").contains("1 signed, 1 did not sign (000418)");

        CliHarness.Run strike = run("ack", "strike", "--sheet", sheet, "--employee", "000417", "--reason", "Wrong person signed");
        assertThat(strike.exit()).as(strike.stderr()).isZero();
        CliHarness.Run show = run("ack", "show", "--sheet", sheet, "--json");
        assertThat(show.exit()).as(show.stderr()).isZero();
        JsonObject json = JsonParser.parseString(show.stdout()).getAsJsonObject();
        assertThat(json.get("signed_on").getAsString()).isEqualTo(LocalDate.now().toString());
        var people = json.getAsJsonArray("people");
        assertThat(people.get(0).getAsJsonObject().get("state").getAsString()).isEqualTo("struck");
        assertThat(people.get(0).getAsJsonObject().get("struck_reason").getAsString()).isEqualTo("Wrong person signed");
        assertThat(people.get(1).getAsJsonObject().get("state").getAsString()).isEqualTo("not_signed");
        assertThat(run("ack", "show", "--sheet", sheet).stdout()).contains("STRUCK OUT").contains("did not sign");
    }
}
