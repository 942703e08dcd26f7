package org.policydesk.gui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.policydesk.model.Employee;

/** One person on the attendance checklist; {@code present} is what the tick box shows. */
public final class Attendee {
    private final Employee employee;
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present");

    Attendee(Employee employee, boolean present) {
        this.employee = employee;
        this.present.set(present);
    }

    public Employee employee() {
        return employee;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public String label() {
        return employee.employeeNo() + "  " + employee.displayName()
                + (employee.position() == null ? "" : " — " + employee.position());
    }
}
