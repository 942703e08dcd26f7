package org.policydesk.gui.acknowledgments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.acknowledgment.AcknowledgmentService;

/** The Acknowledgments place's shared choice: which adopted policy the sheets, forms and kiosk are for. */
public final class AckPlaceViewModel {

    private final AcknowledgmentService acks;
    private final BackgroundTasks tasks;
    private final ObservableList<PolicyNumber> policies = FXCollections.observableArrayList();
    private final ObjectProperty<PolicyNumber> policy = new SimpleObjectProperty<>(this, "policy");

    public AckPlaceViewModel(AcknowledgmentService acks, BackgroundTasks tasks) {
        this.acks = acks;
        this.tasks = tasks;
    }

    /** Reloads the adopted policies, keeping the choice when it is still there. */
    public void refresh() {
        tasks.runQuietly(p -> acks.acknowledgeablePolicies(), list -> {
            PolicyNumber kept = policy.get();
            policies.setAll(list);
            if (kept != null && list.contains(kept)) {
                policy.set(kept);
            } else {
                policy.set(list.isEmpty() ? null : list.get(0));
            }
        }, failure -> tasks.showFailure(failure));
    }

    public ObservableList<PolicyNumber> policies() {
        return policies;
    }

    public ObjectProperty<PolicyNumber> policyProperty() {
        return policy;
    }
}
