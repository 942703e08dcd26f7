package org.policydesk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

import org.policydesk.service.DataDirectory;
import org.policydesk.service.Workspace;

/** What every command needs: where output goes and how to open the store. */
final class CliContext {

    final OutputStream stdout;
    final PrintWriter out;
    final PrintWriter err;
    private final Function<Path, Workspace> opener;
    private final DataDirectory dataDirectory;

    CliContext(Function<Path, Workspace> opener, DataDirectory dataDirectory, OutputStream stdout,
               OutputStream stderr) {
        this.opener = opener;
        this.dataDirectory = dataDirectory;
        this.stdout = stdout;
        // JSON and messages are UTF-8 whatever the platform's default charset is.
        this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    }

    Workspace openWorkspace(Path dbOverride) {
        return opener.apply(dataDirectory.resolve(dbOverride));
    }
}
