package org.policydesk.gui;

import java.nio.file.Path;
import java.util.List;

import org.policydesk.service.DataDirectory;
import org.policydesk.service.Workspace;
import org.policydesk.service.Workspaces;

/** Opens the workspace the window works on; called once, off the FX thread, after the window shows. */
@FunctionalInterface
public interface WorkspaceOpener {

    Workspace open() throws Exception;

    /** The real store, in the folder named by {@code --db DIR} (or {@code --db=DIR}) or the default one. */
    static WorkspaceOpener standard(List<String> args) {
        String override = dbOverride(args);
        return () -> Workspaces.open(DataDirectory.ofSystem().resolve(override == null ? null : Path.of(override)));
    }

    /** The value of {@code --db}, or null when not given. */
    static String dbOverride(List<String> args) {
        return option(args, "--db");
    }

    /** The value of an option given as {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }
}
