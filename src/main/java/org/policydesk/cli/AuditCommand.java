package org.policydesk.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.AuditCheck;
import org.policydesk.model.AuditEvent;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.AuditSubjects;
import org.policydesk.service.common.Workspace;

@Command(name = "audit", description = "The audit trail: every change, each event chained to the one before.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.History.class})
final class AuditCommand implements Callable<Integer> {

    final RootCommand root;
    final CliContext context;

    AuditCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        throw new CliFailure("say what to do: 'policydesk audit verify' or 'policydesk audit history 5:125'");
    }

    /** JSON of {@code audit verify --json}. */
    record VerifyJson(boolean intact, long eventsChecked, List<AuditCheck.Problem> problems) {
    }

    @Command(name = "verify", description = {"Check the hash chain; name every changed, inserted or deleted event.",
            "Exit code 0 when intact, 1 when tampering was found."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @picocli.CommandLine.ParentCommand
        AuditCommand parent;

        @Override
        public Integer call() {
            AuditCheck check;
            try (Workspace workspace = parent.root.openWorkspace()) {
                check = workspace.audit().verify();
            }
            if (json) {
                parent.context.out.println(Json.GSON.toJson(
                        new VerifyJson(check.intact(), check.eventsChecked(), check.problems())));
            } else if (check.intact()) {
                parent.context.out.println(check.summary());
            } else {
                parent.context.out.println("The audit trail was tampered with (" + check.eventsChecked()
                        + " events checked):");
                check.problems().forEach(p -> parent.context.out.println("  " + p.message()));
            }
            return check.intact() ? PolicyDeskCli.EXIT_OK : PolicyDeskCli.EXIT_FAILURE;
        }
    }

    @Command(name = "history", description = "Show a policy's events (or an employee's, with --employee).")
    static final class History implements Callable<Integer> {
        @Parameters(paramLabel = "KEY", description = "A policy number such as 5:125, or an employee ID with --employee.")
        String key;

        @Option(names = "--employee", description = "KEY is an employee ID.")
        boolean employee;

        @picocli.CommandLine.ParentCommand
        AuditCommand parent;

        @Override
        public Integer call() {
            List<AuditEvent> events;
            try (Workspace workspace = parent.root.openWorkspace()) {
                if (employee) {
                    events = workspace.audit().employeeHistory(key);
                } else {
                    PolicyNumber number = PolicyNumber.tryParse(key).orElseThrow(() -> new CliFailure(
                            "\"" + key + "\" is not a policy number (expected a form like 5:125)"));
                    events = workspace.audit().history(AuditSubjects.POLICY, number.toString());
                }
            }
            for (AuditEvent e : events) {
                parent.context.out.printf("%5d  %s  %-10s %-18s %s%n", e.seq(), e.at(), e.actor(), e.action(),
                        org.policydesk.service.admin.AuditDescriptions.describe(e));
            }
            if (events.isEmpty()) {
                parent.context.out.println("No events for " + key + ".");
            }
            return PolicyDeskCli.EXIT_OK;
        }
    }
}
