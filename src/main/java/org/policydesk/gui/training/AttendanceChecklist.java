package org.policydesk.gui.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.policydesk.model.Employee;

/**
 * A session's attendance as a checklist: everyone active (and anyone already marked), ticked when present, filtered
 * by number or name, and what the ticks changed since it was loaded.
 */
final class AttendanceChecklist {

    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final FilteredList<Attendee> shown = new FilteredList<>(attendees, a -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "attendeeFilter", "");
    private final Set<String> savedPresent = new HashSet<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "attendanceSummary", "");

    AttendanceChecklist() {
        filter.addListener((o, old, text) -> applyFilter());
    }

    void clear() {
        attendees.clear();
        savedPresent.clear();
        summary.set("");
    }

    void show(List<Employee> all, List<Employee> present) {
        savedPresent.clear();
        present.forEach(e -> savedPresent.add(e.employeeNo()));
        List<Attendee> list = new ArrayList<>();
        for (Employee e : all) {
            if (e.active() || savedPresent.contains(e.employeeNo())) {
                list.add(new Attendee(e, savedPresent.contains(e.employeeNo())));
            }
        }
        attendees.setAll(list);
        applyFilter();
        summary.set(savedPresent.size() + " of " + list.size() + " staff marked present.");
    }

    /** Employee numbers ticked now that were not present when loaded. */
    List<String> newlyTicked() {
        return attendees.stream().filter(a -> a.presentProperty().get())
                .map(a -> a.employee().employeeNo()).filter(no -> !savedPresent.contains(no)).toList();
    }

    /** Employee numbers present when loaded and unticked now. */
    List<String> newlyUnticked() {
        return attendees.stream().filter(a -> !a.presentProperty().get())
                .map(a -> a.employee().employeeNo()).filter(savedPresent::contains).toList();
    }

    ObservableList<Attendee> shown() {
        return shown;
    }

    StringProperty filterProperty() {
        return filter;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(a -> text.isEmpty()
                || a.employee().employeeNo().toLowerCase(Locale.ROOT).contains(text)
                || a.employee().displayName().toLowerCase(Locale.ROOT).contains(text));
    }
}
