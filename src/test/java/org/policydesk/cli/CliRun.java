package org.policydesk.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.Workspaces;
import org.policydesk.text.PressParser;

/** One run of the command line in-process, on a store and a home under a test's folder. */
record CliRun(int exit, String stdout, String stderr) {

    static CliRun on(Path store, Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = new PolicyDeskCli(dir -> Workspaces.open(dir, new PressParser()::parse),
                new DataDirectory(Map.of(), "Linux", home), out, err).commandLine().execute(all);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
