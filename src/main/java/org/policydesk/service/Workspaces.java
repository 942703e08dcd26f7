package org.policydesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.policydesk.roster.RosterChecker;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.Database;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.PolicyRepository;
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
        return open(dataDir, OpenOptions.plain(), parser);
    }

    /** As {@link #open(Path)}, with a passphrase and a start backup as {@code options} say. */
    public static Workspace open(Path dataDir, OpenOptions options) {
        return open(dataDir, options, new PressParser()::parse);
    }

    /**
     * As {@link #open(Path)}, with a passphrase and a start backup as {@code options} say.
     *
     * @throws WorkspaceOpenException whose {@link WorkspaceOpenException#kind() kind} says whether the store is
     *                                locked, damaged, or needs (another) passphrase
     */
    public static Workspace open(Path dataDir, OpenOptions options, PolicyTextParser parser) {
        Database database;
        try {
            database = Database.open(dataDir, StoreMaintenance.storeOptions(dataDir, options.passphrase())
                    .withBackupAtStart(options.backupAtStart()));
        } catch (StoreException e) {
            throw StoreMaintenance.translate(e);
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
            AuditTrail trail = new AuditTrail(database);
            return new OpenWorkspace(database, policies, library, rosters, training, loadSamples,
                    new DefaultBackupService(database, trail), new DefaultAuditService(trail));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private record OpenWorkspace(Database database, PolicyService policies, LibraryService library,
                                 RosterService rosters, TrainingService training, boolean loadedSampleDistrict,
                                 BackupService backups, AuditService audit)
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
