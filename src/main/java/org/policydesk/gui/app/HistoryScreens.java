package org.policydesk.gui.app;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.policies.HistoryPanel;
import org.policydesk.gui.policies.HistoryViewModel;
import org.policydesk.gui.policies.MainViewModel;
import org.policydesk.gui.staff.StaffView;
import org.policydesk.model.PolicySummary;
import org.policydesk.service.admin.AuditService;
import org.policydesk.service.common.AuditSubjects;

/**
 * Puts the history panels into the window: under the policy text in Policies, and under the staff list in
 * Staff (when that place is there). Both follow the selection and read the audit trail only while open.
 */
public final class HistoryScreens {

    private HistoryScreens() {
    }

    public static void install(MainView view, MainViewModel main, AuditService audit, BackgroundTasks tasks) {
        HistoryViewModel policies = new HistoryViewModel(audit, tasks);
        view.addReaderPanel(new HistoryPanel(policies, "policyHistory"));
        main.detailProperty().addListener((o, old, detail) -> {
            if (detail == null) {
                policies.clear();
            } else {
                PolicySummary s = detail.summary();
                policies.showPolicy(AuditSubjects.policyKey(s.number(), s.id()), s.displayNumber());
            }
        });
        // The Staff place is built when first shown (decision 0071), so its panel is added then.
        view.navigation().eachPlaceContent(content -> {
            if (content instanceof StaffView staff) {
                HistoryViewModel employees = new HistoryViewModel(audit, tasks);
                employees.clear();
                staff.addEmployeeDetail(new HistoryPanel(employees, "employeeHistory"), e -> {
                    if (e == null) {
                        employees.clear();
                    } else {
                        employees.showEmployee(e.employeeNo(), e.displayName() + " (" + e.employeeNo() + ")");
                    }
                });
            }
        });
    }
}
