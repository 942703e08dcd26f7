package org.policydesk.service.acknowledgment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.policydesk.model.AckSheet;
import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.SheetLayout;
import org.policydesk.model.SheetLine;
import org.policydesk.model.SheetRecord;
import org.policydesk.model.SheetReturn;
import org.policydesk.model.SheetScope;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.VersionStatus;
import org.policydesk.pdf.AcknowledgmentSheetWriter;
import org.policydesk.pdf.PacketMonitor;
import org.policydesk.pdf.SheetCodes;
import org.policydesk.pdf.SheetDocument;
import org.policydesk.service.acknowledgment.AdoptedText.Current;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.PolicyTextParser;
import org.policydesk.service.common.Progress;
import org.policydesk.service.common.SettingsService;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.store.ComplianceRepository;
import org.policydesk.store.LibraryRepository;
import org.policydesk.store.PolicyRepository;
import org.policydesk.store.SettingsRepository;
import org.policydesk.store.SheetRepository;
import org.policydesk.store.StaffRepository;
import org.policydesk.store.TrainingRepository;

/** Acknowledgments on the store's sheet, staff and policy tables; sheets through {@link AcknowledgmentSheetWriter}. */
public final class DefaultAcknowledgmentService implements AcknowledgmentService {

    public static final String OFFICE_PASSWORD = OfficePassword.SETTING;
    private static final String SHEET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter PRINTED_TIME = DateTimeFormatter.ofPattern("MMMM d, yyyy HH:mm", Locale.US);

    private final PolicyRepository policies;
    private final LibraryRepository library;
    private final SheetRepository sheets;
    private final StaffRepository staff;
    private final ComplianceRepository compliance;
    private final TrainingRepository training;
    private final SettingsRepository settingsRepository;
    private final SettingsService settings;
    private final PdfSigningService signing;
    private final PolicyTextParser parser;
    private final AcknowledgmentSheetWriter writer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AdoptedText adopted;
    private final KioskAcknowledgments kiosk;
    private final OfficePassword officePassword;
    private final ReturnedSheets returned;

    public DefaultAcknowledgmentService(PolicyRepository policies, LibraryRepository library, SheetRepository sheets,
                                        StaffRepository staff, ComplianceRepository compliance,
                                        TrainingRepository training, SettingsRepository settingsRepository,
                                        SettingsService settings, PdfSigningService signing, PolicyTextParser parser,
                                        AcknowledgmentSheetWriter writer, Clock clock) {
        this.policies = policies;
        this.library = library;
        this.sheets = sheets;
        this.staff = staff;
        this.compliance = compliance;
        this.training = training;
        this.settingsRepository = settingsRepository;
        this.settings = settings;
        this.signing = signing;
        this.parser = parser;
        this.writer = writer;
        this.clock = clock;
        this.adopted = new AdoptedText(policies, library, parser);
        this.kiosk = new KioskAcknowledgments(adopted, sheets, staff, clock);
        this.officePassword = new OfficePassword(settingsRepository, random);
        this.returned = new ReturnedSheets(sheets.returns(), clock);
    }

    // ---- statements ------------------------------------------------------------------------------------------

    @Override
    public String defaultStatement(PolicyNumber number) throws AckException {
        return AdoptedText.defaultStatement(adopted.current(number));
    }

    @Override
    public String statement(PolicyNumber number) throws AckException {
        Current c = adopted.current(number);
        return sheets.statement(c.policy().id()).orElse(AdoptedText.defaultStatement(c));
    }

    @Override
    public void setStatement(PolicyNumber number, String text) throws AckException {
        long policyId = policies.findPolicyId(number)
                .orElseThrow(() -> new AckException("There is no policy " + number + " in the store."));
        if (text != null && text.strip().length() > 4000) {
            throw new AckException("The statement is too long (at most 4,000 characters).");
        }
        sheets.saveStatement(policyId, text == null || text.isBlank() ? null : text.strip());
    }

    // ---- sheets ----------------------------------------------------------------------------------------------

    @Override
    public Written writeSheets(SheetRequest request, Path out, SigningKey signWith, Progress progress)
            throws AckException, SigningException {
        Current c = adopted.current(request.number());
        List<SheetLine> lines = lines(request);
        if (lines.isEmpty()) {
            throw new AckException("Nobody to list: " + describe(request) + " has no staff.");
        }
        AckSheet sheet = new AckSheet(newSheetId(), c.version().id(), request.number(), c.version().seq(),
                request.scope(), request.buildingCode(), request.sessionId(), request.layout(),
                c.version().contentHash(), clock.instant(), lines);
        String statement = sheets.statement(c.policy().id()).orElse(AdoptedText.defaultStatement(c));
        SheetDocument doc = document(c, sheet, statement, Map.of(), request.rowsPerPage());
        return write(sheet, doc, out, signWith, true, progress);
    }

    /** Share of the progress bar the pages take; signing and saving the file take the rest. */
    private static final double PAGES_SHARE = 0.85;

    private Written write(AckSheet sheet, SheetDocument doc, Path out, SigningKey signWith, boolean saveSheet,
                          Progress progress) throws AckException, SigningException {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AckException("Cannot write " + out + ": the folder " + folder + " does not exist.");
        }
        byte[] bytes;
        int pages;
        try {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
            pages = writer.write(doc, buffer, new PacketMonitor() {
                @Override
                public void progress(double fraction, String note) {
                    progress.update(fraction * PAGES_SHARE, note);
                }

                @Override
                public boolean cancelled() {
                    return progress.isCancelled();
                }
            });
            bytes = buffer.toByteArray();
        } catch (IOException e) {
            throw new AckException("Cannot make the sheets: " + e.getMessage(), e);
        }
        if (signWith != null) {
            progress.update(PAGES_SHARE, "Signing");
            bytes = signing.sign(bytes, signWith);
        }
        if (progress.isCancelled()) {
            throw new CancellationException("sheets cancelled");
        }
        progress.update(0.95, "Saving " + out.getFileName());
        if (saveSheet) {
            sheets.saveSheet(sheet);
        }
        try {
            PdfSigningService.writeAtomically(out, bytes);
        } catch (IOException e) {
            throw new AckException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        progress.update(1, "Saved " + out.getFileName());
        return new Written(sheet, pages, out, signWith != null);
    }

    private SheetDocument document(Current c, AckSheet sheet, String statement, Map<String, SheetDocument.Signed> signed,
                                   int rowsPerPage) {
        List<String> text = sheet.layout() == SheetLayout.FORM ? adopted.paragraphs(c.version().sourceText()) : List.of();
        return new SheetDocument(settings.districtName(), c.policy().number().toString(), c.policy().title(),
                c.version().seq(), c.adoptedOn() == null ? null : AdoptedText.PRINTED_DATE.format(c.adoptedOn()),
                c.version().contentHash(), statement, sheet.id(), sheet.layout(), sheet.lines(), text, signed,
                rowsPerPage);
    }

    private List<SheetLine> lines(SheetRequest request) throws AckException {
        List<SheetLine> lines = new ArrayList<>();
        switch (request.scope()) {
            case BUILDING -> {
                if (request.buildingCode() == null || staff.building(request.buildingCode()).isEmpty()) {
                    throw new AckException("There is no building with the code \"" + request.buildingCode() + "\".");
                }
                Map<Long, SheetLine> byId = new LinkedHashMap<>();
                compliance.staffAsOf(LocalDate.now(clock), request.buildingCode()).stream()
                        .sorted(java.util.Comparator.comparing(ComplianceRepository.Placement::lastName,
                                        String.CASE_INSENSITIVE_ORDER)
                                .thenComparing(ComplianceRepository.Placement::firstName, String.CASE_INSENSITIVE_ORDER)
                                .thenComparing(ComplianceRepository.Placement::employeeNo))
                        .forEach(p -> byId.putIfAbsent(p.employeeId(), new SheetLine(p.employeeId(), p.employeeNo(),
                                new Employee(p.employeeId(), p.employeeNo(), p.lastName(), p.firstName(),
                                        p.middleName(), null, null, List.of(), null, null, true).displayName(),
                                p.position())));
                lines.addAll(byId.values());
            }
            case SESSION -> {
                TrainingSession session = training.session(request.sessionId() == null ? -1 : request.sessionId())
                        .orElseThrow(() -> new AckException("There is no training session " + request.sessionId() + "."));
                Set<Long> ids = Set.copyOf(training.attendees(session.id()));
                staff.employees().stream().filter(e -> ids.contains(e.id())).forEach(e -> lines.add(line(e)));
            }
            case LIST -> {
                for (String no : request.employeeNos()) {
                    Employee e = staff.employee(no.strip())
                            .orElseThrow(() -> new AckException("There is no employee with the ID \"" + no + "\"."));
                    lines.add(line(e));
                }
            }
            default -> throw new IllegalStateException(request.scope().name());
        }
        return lines;
    }

    private static SheetLine line(Employee e) {
        return new SheetLine(e.id(), e.employeeNo(), e.displayName(), e.position());
    }

    private static String describe(SheetRequest r) {
        return switch (r.scope()) {
            case BUILDING -> "building " + r.buildingCode();
            case SESSION -> "training session " + r.sessionId();
            case LIST -> "the list";
        };
    }

    private String newSheetId() {
        while (true) {
            StringBuilder sb = new StringBuilder("AK-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    sb.append('-');
                }
                sb.append(SHEET_ALPHABET.charAt(random.nextInt(SHEET_ALPHABET.length())));
            }
            String id = sb.toString();
            if (!sheets.sheetExists(id)) {
                return id;
            }
        }
    }

    // ---- returned sheets ---------------------------------------------------------------------------------------

    @Override
    public AckSheet sheet(String idOrCode) throws AckException {
        String text = idOrCode == null ? "" : idOrCode.strip();
        if (text.isEmpty()) {
            throw new AckException("Type or scan a sheet ID, such as AK-7F3K-9QXM.");
        }
        Optional<SheetCodes.Decoded> code = SheetCodes.parse(text);
        String id = code.map(SheetCodes.Decoded::sheetId).orElse(text.toUpperCase(Locale.ROOT));
        AckSheet sheet = sheets.sheet(id).orElseThrow(() -> new AckException("There is no sheet " + id
                + " in this store. Check the ID printed at the foot of the sheet."));
        if (code.isPresent() && !code.get().contentHash().equals(sheet.contentHash())) {
            throw new AckException("The QR code on this page is for a different policy text than sheet " + id
                    + " (" + sheet.number() + " version " + sheet.versionSeq() + "); it may be a page of another sheet.");
        }
        return sheet;
    }

    @Override
    public SheetReturn recordSheet(String idOrCode, Set<String> exceptEmployeeNos, LocalDate signedOn)
            throws AckException {
        return returned.record(sheet(idOrCode), exceptEmployeeNos, signedOn);
    }

    @Override
    public Optional<SheetRecord> sheetRecord(String idOrCode) throws AckException {
        return sheets.returns().recordOf(sheet(idOrCode));
    }

    @Override
    public SheetRecord correctSheet(String idOrCode, Set<String> nowSignedEmployeeNos, String reason)
            throws AckException {
        return returned.correct(sheet(idOrCode), nowSignedEmployeeNos, reason);
    }

    @Override
    public SheetRecord strike(String idOrCode, String employeeNo, String reason) throws AckException {
        return returned.strike(sheet(idOrCode), employeeNo, reason);
    }

    // ---- kiosk -------------------------------------------------------------------------------------------------

    @Override
    public List<Employee> findStaff(String text, int limit) {
        return staff.search(text == null ? "" : text, limit).stream().filter(Employee::active).toList();
    }

    @Override
    public KioskText kioskText(PolicyNumber number) throws AckException {
        return kiosk.text(number);
    }

    @Override
    public void recordKiosk(String employeeNo, KioskText shown, byte[] signaturePng) throws AckException {
        kiosk.record(employeeNo, shown, signaturePng);
    }

    @Override
    public Written writeIndividual(String employeeNo, PolicyNumber number, Path out, SigningKey signWith)
            throws AckException, SigningException {
        Employee e = staff.employee(employeeNo)
                .orElseThrow(() -> new AckException("There is no employee with the ID \"" + employeeNo + "\"."));
        Current c = adopted.current(number);
        Map<String, SheetDocument.Signed> signed = new HashMap<>();
        sheets.latestAck(e.id(), c.version().id()).ifPresent(a -> {
            if (a.signaturePng() != null) {
                signed.put(e.employeeNo(), new SheetDocument.Signed(a.signaturePng(),
                        PRINTED_TIME.format(a.acknowledgedAt().atZone(clock.getZone())),
                        a.textHash() == null ? c.version().contentHash() : a.textHash()));
            }
        });
        AckSheet sheet = new AckSheet(newSheetId(), c.version().id(), number, c.version().seq(), SheetScope.LIST, null,
                null, SheetLayout.FORM, c.version().contentHash(), clock.instant(), List.of(line(e)));
        String statement = sheets.statement(c.policy().id()).orElse(AdoptedText.defaultStatement(c));
        return write(sheet, document(c, sheet, statement, signed, SheetRequest.DEFAULT_ROWS_PER_PAGE), out, signWith,
                true, Progress.NONE);
    }

    @Override
    public void setOfficePassword(char[] password) {
        officePassword.set(password);
    }

    @Override
    public boolean checkOfficePassword(char[] password) {
        return officePassword.check(password);
    }

    @Override
    public boolean hasOfficePassword() {
        return officePassword.isSet();
    }

    // ---- what the screens ask ---------------------------------------------------------------------------------

    @Override
    public List<PolicyNumber> acknowledgeablePolicies() {
        List<PolicyNumber> out = new ArrayList<>();
        for (PolicySummary s : policies.listSummaries()) {
            if (s.number() != null && policies.versions(s.id()).stream()
                    .anyMatch(v -> v.status() == VersionStatus.ADOPTED)) {
                out.add(s.number());
            }
        }
        return out;
    }

    @Override
    public Optional<Kept> latestAcknowledgment(String employeeNo, PolicyNumber number) throws AckException {
        Employee e = staff.employee(employeeNo)
                .orElseThrow(() -> new AckException("There is no employee with the ID \"" + employeeNo + "\"."));
        Current c = adopted.current(number);
        return sheets.latestAck(e.id(), c.version().id()).map(a -> new Kept(a.acknowledgedAt(), a.method(),
                a.sheetId(), a.signaturePng() != null && a.signaturePng().length > 0, a.textHash()));
    }
}
