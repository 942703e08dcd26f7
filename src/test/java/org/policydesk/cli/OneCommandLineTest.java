package org.policydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

import org.policydesk.cli.CliHarness.Run;
import org.policydesk.service.common.Workspaces;

/**
 * A run builds only the command its arguments name (decision 0084), and behaves exactly as the command line
 * with every command: the same help, the same usage errors, the same suggestions for a mistyped name.
 */
class OneCommandLineTest {

    @TempDir
    Path tmp;

    private PolicyDeskCli cli(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return CliHarness.in(tmp).opening(Workspaces::open).cli(out, err);
    }

    private Run withOneCommand(String... args) {
        return CliHarness.in(tmp).opening(Workspaces::open).runAsMain(args);
    }

    private Run withEveryCommand(String... args) {
        return CliHarness.in(tmp).opening(Workspaces::open).run(args);
    }

    private List<String> allNames() {
        return new ArrayList<>(cli(new ByteArrayOutputStream(), new ByteArrayOutputStream()).commandLine()
                .getSubcommands().keySet());
    }

    @Test
    void eachCommandAloneHasTheSameUsageAndErrorsAsAmongAllOthers() {
        CommandLine every = cli(new ByteArrayOutputStream(), new ByteArrayOutputStream()).commandLine();
        List<String> names = new ArrayList<>(every.getSubcommands().keySet());
        assertThat(names).contains("import", "packet", "roster", "search", "verify").hasSizeGreaterThan(20);
        for (String name : names) {
            String[] args = {"--db", tmp.resolve("store").toString(), name, "--no-such-option"};
            CommandLine one = cli(new ByteArrayOutputStream(), new ByteArrayOutputStream()).commandLine(args);
            assertThat(one.getSubcommands().keySet()).as(name).containsExactly(name);
            String usage = one.getSubcommands().get(name).getUsageMessage();
            assertThat(usage).as(name).startsWith("Usage: policydesk " + name)
                    .isEqualTo(every.getSubcommands().get(name).getUsageMessage());
            Run alone = withOneCommand(args);
            assertThat(alone).as(name).isEqualTo(withEveryCommand(args));
            assertThat(alone.exit()).as(name).isEqualTo(PolicyDeskCli.EXIT_USAGE);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            packet --meeting 2026-12-15                 | a missing option of a command added before the output was set
            import                                      | a missing parameter
            search --bogus                              | an unknown option of a command added after it
            pakcet --issue 117                          | a mistyped command: every command, for picocli's suggestions
            roster check --policy                       | a sub-subcommand's option without its value
            --help                                      | the root's help, listing every command
            """)
    void usageErrorsAndHelpAreTheSame(String line, String what) {
        List<String> args = new ArrayList<>(List.of("--db=" + tmp.resolve("store")));
        args.addAll(List.of(line.split(" ")));
        String[] all = args.toArray(String[]::new);

        Run alone = withOneCommand(all);

        assertThat(alone).as(what).isEqualTo(withEveryCommand(all));
        if (line.equals("--help")) {
            assertThat(alone.exit()).isZero();
            assertThat(alone.stdout()).contains("packet", "roster", "search", "verify");
        } else {
            assertThat(alone.exit()).as(what).isEqualTo(PolicyDeskCli.EXIT_USAGE);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            packet --issue 117                          | packet
            --db store list                             | list
            --db=store --passphrase-file key roster     | roster
            --passphrase-file=key search words          | search
            --verbose packet                            | none
            --db                                        | none
            ''                                          | none
            """)
    void theCommandIsTheFirstWordAfterTheRootsOptions(String line, String name) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(CommandName.in(args)).isEqualTo(name);
    }
}
