package org.policydesk.gui.acknowledgments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.policydesk.model.Employee;

/** One employee in a checklist, ticked or not. */
public final class StaffPick {
    private final String employeeNo;
    private final String label;
    private final BooleanProperty picked;

    public StaffPick(String employeeNo, String label, boolean picked) {
        this.employeeNo = employeeNo;
        this.label = label;
        this.picked = new SimpleBooleanProperty(this, "picked", picked);
    }

    public static StaffPick of(Employee e, boolean picked) {
        String position = e.position() == null || e.position().isBlank() ? "" : ", " + e.position();
        return new StaffPick(e.employeeNo(), e.displayName() + " (" + e.employeeNo() + position + ")", picked);
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String label() {
        return label;
    }

    public BooleanProperty pickedProperty() {
        return picked;
    }

    @Override
    public String toString() {
        return label;
    }
}
