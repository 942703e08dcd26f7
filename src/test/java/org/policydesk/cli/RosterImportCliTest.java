package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportCliTest {

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.on(tmp.resolve("store"), tmp.resolve("home"), args);
    }

    private String vendorFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/roster/vendors/" + name)) {
            Path file = tmp.resolve(name);
            Files.copy(in, file);
            return file.toString();
        }
    }

    @Test
    void aHeaderlessTabSeparatedDatFileImportsWithAColumnCorrectionAndPrintsOneJsonObject() throws IOException {
        String dat = vendorFile("powerschool-erp.dat");

        CliRun r = run("roster", "import", dat, "--no-header", "--delimiter", "tab", "--map", "position=6", "--json");

        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonObject json = JsonParser.parseString(r.stdout()).getAsJsonObject();
        assertThat(json.get("ok").getAsBoolean()).isTrue();
        assertThat(json.get("written").getAsBoolean()).isTrue();
        JsonObject counts = json.getAsJsonObject("counts");
        assertThat(counts.get("people").getAsInt()).isEqualTo(8);
        assertThat(counts.get("inactive").getAsInt()).isEqualTo(1);
        assertThat(counts.get("new_count").getAsInt()).isEqualTo(7);
        assertThat(counts.get("buildings").getAsInt()).isEqualTo(3);
        JsonArray columns = json.getAsJsonObject("layout").getAsJsonArray("columns");
        assertThat(columns.get(0).getAsJsonObject().get("field").getAsString()).isEqualTo("employee_id");
        assertThat(columns.get(5).getAsJsonObject().get("field").getAsString()).isEqualTo("position");
        assertThat(columns.get(5).getAsJsonObject().get("confidence").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aFailedImportStillPrintsOneJsonObjectWithTheErrorTheGuessAndAFailingExitCode() throws IOException {
        Path odd = Files.writeString(tmp.resolve("odd.csv"), "Code,Where\nx1,North\nx2,South\n",
                StandardCharsets.UTF_8);

        CliRun r = run("roster", "import", odd.toString(), "--json");

        assertThat(r.exit()).isEqualTo(1);
        JsonObject json = JsonParser.parseString(r.stdout()).getAsJsonObject();
        assertThat(json.get("ok").getAsBoolean()).isFalse();
        assertThat(json.get("error").getAsString()).contains("employee ID").contains("1 \"Code\" (e.g. x1)");
        assertThat(json.getAsJsonObject("layout").getAsJsonArray("columns")).hasSize(2);
        assertThat(json.getAsJsonObject("counts").get("people").getAsInt()).isZero();

        CliRun badField = run("roster", "import", odd.toString(), "--map", "badge_number=1", "--json");
        assertThat(badField.exit()).isEqualTo(1);
        assertThat(JsonParser.parseString(badField.stdout()).getAsJsonObject().get("error").getAsString())
                .contains("\"badge_number\" is not a roster field");
    }

    @Test
    void aPresetCanBeNamedAndPresetsAndFieldsAreListed() throws IOException {
        String genesis = vendorFile("genesis-level-data.csv");

        CliRun r = run("roster", "import", genesis, "--preset", "genesis-level-data", "--partial", "--dry-run");

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("preset Genesis Level Data Export (staff)")
                .contains("5 people in 3 buildings, 1 inactive")
                .doesNotContain("Password\" (e.g.");
        assertThat(run("roster", "presets").stdout()).contains("clever-teachers", "munis-employee-master",
                "Password (never read)");
        assertThat(run("roster", "fields").stdout()).contains("employee_id", "leave_date", "none");
        assertThat(run("roster", "import", genesis, "--preset", "nope").stderr())
                .contains("There is no preset named \"nope\"");
    }
}
