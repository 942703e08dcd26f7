package org.policydesk.gui.app;

import javafx.scene.control.Tab;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.rostercheck.RosterCheckView;
import org.policydesk.gui.rostercheck.RosterCheckViewModel;
import org.policydesk.gui.staff.StaffView;
import org.policydesk.gui.staff.StaffViewModel;
import org.policydesk.gui.training.TrainingView;
import org.policydesk.gui.training.TrainingViewModel;
import org.policydesk.service.roster.RosterReports;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/** Puts the Staff, Roster check and Training places into the window's navigation. */
public final class RosterScreens {

    private RosterScreens() {
    }

    public static void install(MainView view, RosterService rosters, TrainingService training, BackgroundTasks tasks) {
        install(view, rosters, training, null, tasks);
    }

    /** @param reports writes roster-check PDFs; null hides nothing but makes PDF export say it is unavailable */
    public static void install(MainView view, RosterService rosters, TrainingService training, RosterReports reports,
                               BackgroundTasks tasks) {
        StaffViewModel staff = new StaffViewModel(rosters, tasks);
        Tab staffTab = view.navigation().lazyPlace("Staff", () -> new StaffView(staff));
        staffTab.setOnSelectionChanged(e -> {
            if (staffTab.isSelected()) {
                staff.refresh();
            }
        });
        RosterCheckViewModel check = new RosterCheckViewModel(rosters, training, reports, tasks);
        Tab checkTab = view.navigation().lazyPlace("Roster check", () -> new RosterCheckView(check));
        checkTab.setOnSelectionChanged(e -> {
            if (checkTab.isSelected()) {
                check.refresh();
            }
        });
        TrainingViewModel trainingModel = new TrainingViewModel(training, rosters, tasks);
        Tab trainingTab = view.navigation().lazyPlace("Training", () -> new TrainingView(trainingModel));
        trainingTab.setOnSelectionChanged(e -> {
            if (trainingTab.isSelected()) {
                trainingModel.refresh();
            }
        });
    }
}
