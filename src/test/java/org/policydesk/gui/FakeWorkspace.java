package org.policydesk.gui;

import java.nio.file.Path;

import org.policydesk.service.LibraryService;
import org.policydesk.service.PacketService;
import org.policydesk.service.PolicyService;
import org.policydesk.service.RosterService;
import org.policydesk.service.SettingsService;
import org.policydesk.service.TrainingService;
import org.policydesk.service.Workspace;

/**
 * A workspace around a fake policy service, for starting the whole app in tests and demos. It has no
 * library, rosters, training, settings or packets: the window then shows the policies screen alone.
 */
record FakeWorkspace(Path dataDirectory, PolicyService policies, boolean loadedSampleDistrict) implements Workspace {

    @Override
    public LibraryService library() {
        return null;
    }

    @Override
    public RosterService rosters() {
        return null;
    }

    @Override
    public TrainingService training() {
        return null;
    }

    @Override
    public SettingsService settings() {
        return null;
    }

    @Override
    public PacketService packets() {
        return null;
    }

    @Override
    public void close() {
    }
}
