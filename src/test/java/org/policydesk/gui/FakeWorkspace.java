package org.policydesk.gui;

import java.nio.file.Path;

import org.policydesk.service.LibraryService;
import org.policydesk.service.PolicyService;
import org.policydesk.service.RosterService;
import org.policydesk.service.TrainingService;
import org.policydesk.service.Workspace;

/** A workspace around a fake service, for starting the whole app in tests and demos. */
record FakeWorkspace(Path dataDirectory, PolicyService policies, boolean loadedSampleDistrict) implements Workspace {
    /** The fake store has no library: the window then shows the policies screen alone. */
    @Override
    public LibraryService library() {
        return null;
    }

    /** No roster screens in the fake store either. */
    @Override
    public RosterService rosters() {
        return null;
    }

    @Override
    public TrainingService training() {
        return null;
    }

    @Override
    public void close() {
    }
}
