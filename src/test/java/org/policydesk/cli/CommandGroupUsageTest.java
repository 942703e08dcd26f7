package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.Workspaces;

/** A command that only groups others, given alone, explains itself with its subcommands and opens no store. */
class CommandGroupUsageTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(textBlock = """
            ack,      record,  form
            roster,   import,  check
            training, add-type, sign-in
            """)
    void aGroupAloneListsItsSubcommandsAndIsAUsageError(String group, String first, String second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path store = tmp.resolve("store");

        int exit = new PolicyDeskCli(Workspaces::open, new DataDirectory(Map.of(), "Linux", tmp), out, err)
                .commandLine().execute("--db", store.toString(), group);

        String usage = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(PolicyDeskCli.EXIT_USAGE);
        assertThat(usage).startsWith("Usage: policydesk " + group).contains("  " + first + " ").contains("  " + second);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(store).doesNotExist();
    }
}
