package org.policydesk.gui.app;

import java.nio.file.Path;

import org.policydesk.gui.PolicyDeskApp;
import org.policydesk.gui.testing.FakePolicyService;
import org.policydesk.gui.testing.FakeWorkspace;
import org.policydesk.gui.testing.SamplePolicies;
import org.policydesk.model.VersionStatus;

/**
 * The real app on a fake workspace, to look at the screens before the store exists:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.policydesk.gui.app.DemoLauncher}.
 * With {@code -Ddemo.slow=true}, opening takes eight seconds, to see the start-up state.
 */
public class DemoApp extends PolicyDeskApp {

    public DemoApp() {
        super(() -> {
            if (Boolean.getBoolean("demo.slow")) {
                Thread.sleep(8000);
            }
            return new FakeWorkspace(Path.of("/tmp/policydesk-demo"), district(), false);
        });
    }

    static FakePolicyService district() {
        FakePolicyService s = FakePolicyService.withSamples();
        String[][] more = {
            {"1:10", "School District Legal Status", "School District Organization"},
            {"1:20", "District Organization, Operations, and Cooperative Agreements", "School District Organization"},
            {"2:10", "School District Governance", "School Board"},
            {"2:80", "Board Member Oath and Conduct", "School Board"},
            {"2:220", "School Board Meeting Procedure", "School Board"},
            {"3:10", "Goals and Objectives", "General School Administration"},
            {"3:40", "Superintendent", "General School Administration"},
            {"4:10", "Fiscal and Business Management", "Operational Services"},
            {"4:60", "Purchases and Contracts", "Operational Services"},
            {"4:170", "Safety", "Operational Services"},
            {"5:10", "Equal Employment Opportunity and Minority Recruitment", "General Personnel"},
            {"5:20", "Workplace Harassment Prohibited", "General Personnel"},
            {"5:100", "Staff Development Program", "General Personnel"},
            {"6:10", "Educational Philosophy and Objectives", "Instruction"},
            {"6:60", "Curriculum Content", "Instruction"},
            {"7:10", "Equal Educational Opportunities", "Students"},
            {"7:180", "Prevention of and Response to Bullying, Intimidation, and Harassment", "Students"},
            {"8:10", "Connection with the Community", "Community Relations"},
        };
        int issue = 108;
        for (String[] p : more) {
            s.add(SamplePolicies.simple(p[0], p[1], p[2], "This policy sets out how the District approaches "
                    + p[1].toLowerCase(java.util.Locale.ROOT) + ", in keeping with State law and Board goals."),
                    VersionStatus.ADOPTED, issue++ % 3 == 0 ? null : issue, "2021-09-20");
        }
        return s;
    }
}
