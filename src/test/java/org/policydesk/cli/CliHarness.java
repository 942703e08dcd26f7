package org.policydesk.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * The command line run in the test's JVM, on a data folder of the test's own: what it printed and returned.
 * The one harness of the CLI tests; each configures it with {@code opening}, {@code env} and {@code db}.
 */
final class CliHarness {

    /** What one run printed and returned; stdout kept as bytes for the byte-exact exports. */
    record Run(int exit, byte[] stdoutBytes, String stderr) {
        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && r.exit == exit && Arrays.equals(r.stdoutBytes, stdoutBytes)
                    && r.stderr.equals(stderr);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * exit + Arrays.hashCode(stdoutBytes)) + stderr.hashCode();
        }

        @Override
        public String toString() {
            return "Run[exit=" + exit + ", stdout=" + stdout() + ", stderr=" + stderr + "]";
        }
    }

    private final Path home;
    private final BiFunction<Path, OpenOptions, Workspace> opener;
    private final Map<String, String> env;
    private final Path db;

    private CliHarness(Path home, BiFunction<Path, OpenOptions, Workspace> opener, Map<String, String> env, Path db) {
        this.home = home;
        this.opener = opener;
        this.env = env;
        this.db = db;
    }

    /** The real store opener, no environment, no default data folder (the home is {@code tmp/home}). */
    static CliHarness in(Path tmp) {
        return new CliHarness(tmp.resolve("home"), Workspaces::open, Map.of(), null);
    }

    /** Every run is given {@code --db dir} first. */
    CliHarness db(Path dir) {
        return new CliHarness(home, opener, env, dir);
    }

    /** An opener that ignores passphrases and start backups, as the plain-command tests use. */
    CliHarness opening(Function<Path, Workspace> plain) {
        return new CliHarness(home, (dir, options) -> plain.apply(dir), env, db);
    }

    /** The environment the CLI reads ({@code POLICYDESK_PASSPHRASE}); a live map, so a test may change it. */
    CliHarness env(Map<String, String> environment) {
        return new CliHarness(home, opener, environment, db);
    }

    PolicyDeskCli cli(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new PolicyDeskCli(opener, new DataDirectory(Map.of(), "Linux", home), env, out, err);
    }

    /** Runs with every command known, as {@code commandLine().execute} does. */
    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = cli(out, err).commandLine().execute(withDb(args));
        return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs as {@code main} does: only the command named is built ({@link PolicyDeskCli#run}). */
    Run runAsMain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = cli(out, err).run(withDb(args));
        return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private String[] withDb(String[] args) {
        return db == null ? args : Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
    }
}
