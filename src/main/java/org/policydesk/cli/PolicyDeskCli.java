package org.policydesk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;

import org.policydesk.service.common.DataDirectory;
import org.policydesk.service.common.OpenOptions;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.WorkspaceOpenException;
import org.policydesk.service.common.Workspaces;
import org.policydesk.service.packet.PacketException;

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
        return commandLine(args).execute(args);
    }

    /** A fresh picocli command line with every command; each holds its own parsed options. */
    public CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * A fresh command line for these arguments: with only the command they name (so picocli builds the model
     * of one command, not of 40), or with every command when they name none or an unknown one, so that
     * {@code --help} lists them all and a typo gets picocli's suggestions.
     */
    public CommandLine commandLine(String... arguments) {
        RootCommand root = new RootCommand(context);
        // Added before setOut/setErr, as they always were: picocli gives those settings to the commands present.
        List<LazyCommand> first = List.of(
                LazyCommand.of(ImportCommand.class, () -> new ImportCommand(root, context)),
                LazyCommand.of(ExportCommand.class, () -> new ExportCommand(root, context)),
                LazyCommand.of(ListCommand.class, () -> new ListCommand(root, context)),
                LazyCommand.of(BackupCommand.class, () -> new BackupCommand(root, context)),
                LazyCommand.of(RestoreCommand.class, () -> new RestoreCommand(root, context)),
                LazyCommand.of(AuditCommand.class, () -> new AuditCommand(root, context)),
                LazyCommand.of(PassphraseCommand.class, () -> new PassphraseCommand(root, context)),
                LazyCommand.of(PacketCommand.class, () -> new PacketCommand().on(root, context)),
                new LazyCommand(RosterCommand.class, () -> new CommandLine(new RosterCommand(context))
                        .addSubcommand(new RosterImportCommand.Import().on(root, context))
                        .addSubcommand(new RosterImportCommand.Presets().on(root, context))
                        .addSubcommand(new RosterImportCommand.Fields().on(root, context))
                        .addSubcommand(new RosterCommand.Check().on(root, context))
                        .addSubcommand(new RosterCommand.Mappings().on(root, context))),
                new LazyCommand(TrainingCommand.class, () -> new CommandLine(new TrainingCommand(context))
                        .addSubcommand(new TrainingCommand.AddType().on(root, context))
                        .addSubcommand(new TrainingCommand.Types().on(root, context))
                        .addSubcommand(new TrainingCommand.AddSession().on(root, context))
                        .addSubcommand(new TrainingCommand.Sessions().on(root, context))
                        .addSubcommand(new TrainingCommand.Attend().on(root, context))
                        .addSubcommand(new TrainingCommand.Attendees().on(root, context))
                        .addSubcommand(new TrainingCommand.SignIn().on(root, context))));
        List<LazyCommand> later = new ArrayList<>(LibraryCommands.commands(root, context));
        later.addAll(AckCommands.commands(root, context));
        String asked = CommandName.in(arguments);
        boolean known = asked != null && java.util.stream.Stream.concat(first.stream(), later.stream())
                .anyMatch(c -> c.name().equals(asked));
        CommandLine cli = new CommandLine(root);
        add(cli, first, known ? asked : null);
        cli.setOut(context.out).setErr(context.err);
        add(cli, later, known ? asked : null);
        cli.setParameterExceptionHandler((e, args) -> {
            // The help of the command that was mistyped, e.g. 'policydesk roster check --help'.
            e.getCommandLine().getErr().println("policydesk: " + e.getMessage()
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof CliFailure || e instanceof WorkspaceOpenException || e instanceof PacketException
                    || e instanceof org.policydesk.service.acknowledgment.AckException
                    || e instanceof org.policydesk.service.common.SigningException
                    || e instanceof org.policydesk.service.roster.RosterException
                    || e instanceof org.policydesk.service.library.WorkflowException) {
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

    /** Adds the command named {@code only}, or all of them when it is null. */
    private static void add(CommandLine cli, List<LazyCommand> commands, String only) {
        for (LazyCommand command : commands) {
            if (only == null || command.name().equals(only)) {
                cli.addSubcommand(command.make().get());
            }
        }
    }
}
