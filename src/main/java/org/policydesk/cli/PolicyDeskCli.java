package org.policydesk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.policydesk.service.DataDirectory;
import org.policydesk.service.OpenOptions;
import org.policydesk.service.PacketException;
import org.policydesk.service.Workspace;
import org.policydesk.service.WorkspaceOpenException;
import org.policydesk.service.Workspaces;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * The {@code policydesk} command line. Failures print one line on stderr and return a non-zero exit
 * code; details, stack traces included, go to the log file only.
 */
public final class PolicyDeskCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final CliContext context;

    /** A CLI whose opener ignores passphrases and start backups: for tests of the plain commands. */
    public PolicyDeskCli(Function<Path, Workspace> opener, DataDirectory dataDirectory, OutputStream stdout,
                         OutputStream stderr) {
        this((dir, options) -> opener.apply(dir), dataDirectory, Map.of(), stdout, stderr);
    }

    /**
     * @param env the environment, for {@code POLICYDESK_PASSPHRASE}
     */
    public PolicyDeskCli(BiFunction<Path, OpenOptions, Workspace> opener, DataDirectory dataDirectory,
                         Map<String, String> env, OutputStream stdout, OutputStream stderr) {
        this.context = new CliContext(opener, dataDirectory, env, stdout, stderr);
    }

    /** The CLI on the real store, stdout and stderr. */
    public static PolicyDeskCli standard() {
        return new PolicyDeskCli((BiFunction<Path, OpenOptions, Workspace>) Workspaces::open,
                DataDirectory.ofSystem(), System.getenv(), System.out, System.err);
    }

    public int run(String... args) {
        return commandLine().execute(args);
    }

    /** A fresh picocli command line; each holds its own parsed options. */
    public CommandLine commandLine() {
        RootCommand root = new RootCommand(context);
        CommandLine cli = new CommandLine(root)
                .addSubcommand(new ImportCommand(root, context))
                .addSubcommand(new ExportCommand(root, context))
                .addSubcommand(new ListCommand(root, context))
                .addSubcommand(new BackupCommand(root, context))
                .addSubcommand(new RestoreCommand(root, context))
                .addSubcommand(new AuditCommand(root, context))
                .addSubcommand(new PassphraseCommand(root, context))
                .addSubcommand(new PacketCommand().on(root, context))
                .addSubcommand(new CommandLine(new RosterCommand(context))
                        .addSubcommand(new RosterCommand.Import().on(root, context))
                        .addSubcommand(new RosterCommand.Check().on(root, context))
                        .addSubcommand(new RosterCommand.Mappings().on(root, context)))
                .addSubcommand(new CommandLine(new TrainingCommand(context))
                        .addSubcommand(new TrainingCommand.AddType().on(root, context))
                        .addSubcommand(new TrainingCommand.Types().on(root, context))
                        .addSubcommand(new TrainingCommand.AddSession().on(root, context))
                        .addSubcommand(new TrainingCommand.Sessions().on(root, context))
                        .addSubcommand(new TrainingCommand.Attend().on(root, context))
                        .addSubcommand(new TrainingCommand.Attendees().on(root, context))
                        .addSubcommand(new TrainingCommand.SignIn().on(root, context)))
                .setOut(context.out)
                .setErr(context.err);
        LibraryCommands.register(cli, root, context);
        AckCommands.register(cli, root, context);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("policydesk: " + e.getMessage()
                    + " (see 'policydesk --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof CliFailure || e instanceof WorkspaceOpenException || e instanceof PacketException
                    || e instanceof org.policydesk.service.AckException
                    || e instanceof org.policydesk.service.SigningException
                    || e instanceof org.policydesk.service.RosterException
                    || e instanceof org.policydesk.service.WorkflowException) {
                LoggerFactory.getLogger(PolicyDeskCli.class).info("Command failed", e);
                context.err.println("policydesk: " + e.getMessage());
            } else {
                LoggerFactory.getLogger(PolicyDeskCli.class).error("Unexpected failure", e);
                context.err.println("policydesk: unexpected error (" + e + "); details are in the log file");
            }
            return EXIT_FAILURE;
        });
        return cli;
    }
}
