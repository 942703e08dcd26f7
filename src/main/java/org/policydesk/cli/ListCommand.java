package org.policydesk.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.policydesk.model.PolicySummary;
import org.policydesk.service.common.Workspace;

@Command(name = "list", description = "List every policy with its latest version.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    private final RootCommand root;
    private final CliContext context;

    ListCommand(RootCommand root, CliContext context) {
        this.root = root;
        this.context = context;
    }

    @Override
    public Integer call() {
        List<PolicySummary> policies;
        try (Workspace workspace = root.openWorkspace()) {
            policies = workspace.policies().listPolicies();
        }
        if (json) {
            context.out.println(Json.GSON.toJson(policies.stream().map(Json.Listed::of).toList()));
        } else {
            for (PolicySummary p : policies) {
                String issue = p.pressIssue() == null ? "" : "Issue " + p.pressIssue();
                context.out.printf("%-12s v%-3d %-10s %-10s %s%n", p.displayNumber(), p.latestVersion(),
                        p.status().label(), issue, p.title());
            }
        }
        return PolicyDeskCli.EXIT_OK;
    }
}
