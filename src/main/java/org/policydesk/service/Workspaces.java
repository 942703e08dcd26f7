package org.policydesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.policydesk.roster.RosterChecker;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.Database;
import org.policydesk.store.LibraryRepository;
import org.policydesk.pdf.AcknowledgmentSheetWriter;
import org.policydesk.pdf.BoardPacketWriter;
import org.policydesk.store.SheetRepository;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.SettingsRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.StoreException;
import org.policydesk.store.TrainingRepository;
import org.policydesk.text.PressParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a store and wires the services on it. */
public final class Workspaces {

    private static final Logger LOG = LoggerFactory.getLogger(Workspaces.class);

    private Workspaces() {
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir}; an empty store first gets the sample district.
     *
     * @throws WorkspaceOpenException when the store cannot be opened, for example because another
     *                                PolicyDesk has it open; the message is written for the user
     */
    public static Workspace open(Path dataDir) {
        return open(dataDir, new PressParser()::parse);
    }

    /** As {@link #open(Path)}, reading texts with {@code parser}. */
    public static Workspace open(Path dataDir, PolicyTextParser parser) {
        Database database;
        try {
            database = Database.open(dataDir);
        } catch (StoreException e) {
            throw new WorkspaceOpenException(e.getMessage(), e);
        }
        try {
            PolicyRepository repository = new PolicyRepository(database);
            PolicyService policies = new DefaultPolicyService(repository, parser);
            StaffRepository staff = new StaffRepository(database);
            TrainingRepository trainingRepository = new TrainingRepository(database);
            RosterChecker checker = new RosterChecker(new ComplianceRepository(database), trainingRepository,
                    ZoneId.systemDefault());
            RosterService rosters = new DefaultRosterService(staff, checker, Clock.systemDefaultZone());
            TrainingService training = new DefaultTrainingService(trainingRepository, staff, repository);
            boolean loadSamples = !repository.hasPolicies();
            if (loadSamples) {
                int count = new SampleDistrict().loadInto(policies);
                LOG.info("Loaded {} sample district files into the new store at {}", count, database.directory());
            }
            LibraryService library = new DefaultLibraryService(new LibraryRepository(database), policies, parser);
            SettingsService settings = new DefaultSettingsService(new SettingsRepository(database));
            PacketService packets = new DefaultPacketService(policies, settings, new BoardPacketWriter());
            SettingsRepository settingsRepository = new SettingsRepository(database);
            SheetRepository sheets = new SheetRepository(database);
            PdfSigningService signing = new DefaultPdfSigningService(settingsRepository, sheets, settings,
                    database.directory(), Clock.systemDefaultZone());
            AcknowledgmentService acknowledgments = new DefaultAcknowledgmentService(repository,
                    new LibraryRepository(database), sheets, staff, new ComplianceRepository(database),
                    trainingRepository, settingsRepository, settings, signing, parser, new AcknowledgmentSheetWriter(),
                    Clock.systemDefaultZone());
            return new OpenWorkspace(database, policies, library, settings, packets, rosters, training, loadSamples,
                    acknowledgments, signing);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private record OpenWorkspace(Database database, PolicyService policies, LibraryService library,
                                 SettingsService settings, PacketService packets, RosterService rosters,
                                 TrainingService training, boolean loadedSampleDistrict,
                                 AcknowledgmentService acknowledgments, PdfSigningService signing)
            implements Workspace {

        @Override
        public Path dataDirectory() {
            return database.directory();
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
