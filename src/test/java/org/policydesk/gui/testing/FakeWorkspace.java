package org.policydesk.gui.testing;

import java.nio.file.Path;

import org.policydesk.service.common.SettingsService;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.PolicyService;
import org.policydesk.service.packet.PacketService;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;

/**
 * A workspace around a fake policy service, for starting the whole app in tests and demos. It has no
 * library, rosters, training, settings or packets: the window then shows the policies screen alone.
 */
public record FakeWorkspace(Path dataDirectory, PolicyService policies, boolean loadedSampleDistrict) implements Workspace {

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
