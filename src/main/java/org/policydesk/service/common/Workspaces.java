package org.policydesk.service.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.pdf.AcknowledgmentSheetWriter;
import org.policydesk.pdf.BoardPacketWriter;
import org.policydesk.roster.RosterChecker;
import org.policydesk.service.acknowledgment.AcknowledgmentService;
import org.policydesk.service.acknowledgment.DefaultAcknowledgmentService;
import org.policydesk.service.acknowledgment.DefaultPdfSigningService;
import org.policydesk.service.admin.AuditService;
import org.policydesk.service.admin.BackupService;
import org.policydesk.service.admin.DefaultAuditService;
import org.policydesk.service.admin.DefaultBackupService;
import org.policydesk.service.admin.DefaultSettingsService;
import org.policydesk.service.admin.StoreMaintenance;
import org.policydesk.service.library.DefaultLibraryService;
import org.policydesk.service.library.DefaultPolicyService;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.PolicyService;
import org.policydesk.service.packet.DefaultPacketService;
import org.policydesk.service.packet.PacketService;
import org.policydesk.service.roster.DefaultRosterService;
import org.policydesk.service.roster.DefaultTrainingService;
import org.policydesk.service.roster.RosterException;
import org.policydesk.service.roster.RosterService;
import org.policydesk.service.roster.TrainingService;
import org.policydesk.store.AuditTrail;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.Database;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.SettingsRepository;
import org.policydesk.store.SheetRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.StoreException;
import org.policydesk.store.TrainingRepository;
import org.policydesk.text.PressParser;

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
                SampleDistrict sample = new SampleDistrict();
                int count = sample.loadInto(policies);
                loadSampleTraining(sample, training);
                LOG.info("Loaded {} sample district files into the new store at {}", count, database.directory());
            }
            LibraryService library = new DefaultLibraryService(new LibraryRepository(database), policies, parser);
            SettingsRepository settingsRepository = new SettingsRepository(database);
            SettingsService settings = new DefaultSettingsService(settingsRepository);
            PacketService packets = new DefaultPacketService(policies, settings, new BoardPacketWriter());
            SheetRepository sheets = new SheetRepository(database);
            PdfSigningService signing = new DefaultPdfSigningService(settingsRepository, sheets, settings,
                    database.directory(), Clock.systemDefaultZone());
            AcknowledgmentService acknowledgments = new DefaultAcknowledgmentService(repository,
                    new LibraryRepository(database), sheets, staff, new ComplianceRepository(database),
                    trainingRepository, settingsRepository, settings, signing, parser, new AcknowledgmentSheetWriter(),
                    Clock.systemDefaultZone());
            AuditTrail trail = new AuditTrail(database);
            return new OpenWorkspace(database, policies, library, settings, packets, rosters, training, loadSamples,
                    acknowledgments, signing, new DefaultBackupService(database, trail), new DefaultAuditService(trail));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void loadSampleTraining(SampleDistrict sample, TrainingService training) {
        try {
            sample.loadTrainingInto(training, LocalDate.now(Clock.systemDefaultZone()));
        } catch (RosterException e) {
            throw new IllegalStateException("The sample training types in this build do not load", e);
        }
    }

    private record OpenWorkspace(Database database, PolicyService policies, LibraryService library,
                                 SettingsService settings, PacketService packets, RosterService rosters,
                                 TrainingService training, boolean loadedSampleDistrict,
                                 AcknowledgmentService acknowledgments, PdfSigningService signing,
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
