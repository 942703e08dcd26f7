package org.policydesk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;

/** What every command needs: where output goes and how to open the store. */
final class CliContext {

    final OutputStream stdout;
    final PrintWriter out;
    final PrintWriter err;
    private final BiFunction<Path, OpenOptions, Workspace> opener;
    private final DataDirectory dataDirectory;
    /** The environment: where POLICYDESK_PASSPHRASE is looked up. */
    final Map<String, String> env;

    CliContext(BiFunction<Path, OpenOptions, Workspace> opener, DataDirectory dataDirectory,
               Map<String, String> env, OutputStream stdout, OutputStream stderr) {
        this.opener = opener;
        this.dataDirectory = dataDirectory;
        this.env = Map.copyOf(env);
        this.stdout = stdout;
        // JSON and messages are UTF-8 whatever the platform's default charset is.
        this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    }

    Workspace openWorkspace(Path dbOverride) {
        return openWorkspace(dbOverride, OpenOptions.plain());
    }

    Workspace openWorkspace(Path dbOverride, OpenOptions options) {
        return opener.apply(dataDirectory.resolve(dbOverride), options);
    }

    Path dataDirectory(Path dbOverride) {
        return dataDirectory.resolve(dbOverride).toAbsolutePath().normalize();
    }
}
