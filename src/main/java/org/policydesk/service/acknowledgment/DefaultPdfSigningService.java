package org.policydesk.service.acknowledgment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.policydesk.model.CertificateSummary;
import org.policydesk.model.SignatureCheck;
import org.policydesk.pdf.PdfSigner;
import org.policydesk.pdf.PdfVerifier;
import org.policydesk.service.common.InputFiles;
import org.policydesk.service.common.PdfSigningService;
import org.policydesk.service.common.SettingsService;
import org.policydesk.service.common.SigningException;
import org.policydesk.service.common.SigningKey;
import org.policydesk.store.SettingsRepository;
import org.policydesk.store.SheetRepository;

/** Signing with a PKCS#12 file through {@link PdfSigner}; verification through {@link PdfVerifier}. */
public final class DefaultPdfSigningService implements PdfSigningService {

    static final String CERTIFICATE = "signing.certificate";
    static final String CERTIFICATE_SUMMARY = "signing.certificate.summary";

    private final SettingsRepository settings;
    private final SheetRepository sheets;
    private final SettingsService districtSettings;
    private final Path dataDirectory;
    private final Clock clock;
    private final PdfSigner signer = new PdfSigner();

    public DefaultPdfSigningService(SettingsRepository settings, SheetRepository sheets,
                                    SettingsService districtSettings, Path dataDirectory, Clock clock) {
        this.settings = settings;
        this.sheets = sheets;
        this.districtSettings = districtSettings;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    private record Loaded(PrivateKey key, List<X509Certificate> chain) {
    }

    private Loaded load(SigningKey key) throws SigningException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(key.pkcs12())) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, key.password());
        } catch (NoSuchFileException e) {
            throw new SigningException("The certificate file " + key.pkcs12() + " does not exist.", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SigningException("The certificate password is wrong for " + key.pkcs12().getFileName() + ".", e);
            }
            throw new SigningException("Cannot read " + key.pkcs12().getFileName()
                    + " as a PKCS#12 certificate file (" + e.getMessage() + ").", e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Cannot read " + key.pkcs12().getFileName()
                    + " as a PKCS#12 certificate file (" + e.getMessage() + ").", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                PrivateKey privateKey = (PrivateKey) store.getKey(alias, key.password());
                Certificate[] chain = store.getCertificateChain(alias);
                if (privateKey == null || chain == null || chain.length == 0) {
                    continue;
                }
                List<X509Certificate> certs = new ArrayList<>();
                for (Certificate c : chain) {
                    certs.add((X509Certificate) c);
                }
                X509Certificate cert = certs.get(0);
                try {
                    cert.checkValidity(Date.from(clock.instant()));
                } catch (CertificateExpiredException e) {
                    throw new SigningException("The certificate \"" + cert.getSubjectX500Principal().getName()
                            + "\" expired on " + cert.getNotAfter().toInstant() + "; create or import a current one.", e);
                } catch (CertificateNotYetValidException e) {
                    throw new SigningException("The certificate is not valid before "
                            + cert.getNotBefore().toInstant() + ".", e);
                }
                return new Loaded(privateKey, certs);
            }
        } catch (UnrecoverableKeyException e) {
            throw new SigningException("The certificate password is wrong for the private key in "
                    + key.pkcs12().getFileName() + ".", e);
        } catch (GeneralSecurityException e) {
            throw new SigningException("Cannot read the key in " + key.pkcs12().getFileName() + ": " + e.getMessage(), e);
        }
        throw new SigningException(key.pkcs12().getFileName()
                + " holds no private key (only certificates), so it cannot sign. Import the .p12 file that has the key.");
    }

    @Override
    public byte[] sign(byte[] pdf, SigningKey key) throws SigningException {
        Loaded loaded = load(key);
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        time.setTimeInMillis(clock.millis());
        String name = org.bouncycastle.asn1.x500.X500Name.getInstance(loaded.chain().get(0)
                .getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN).length == 0
                ? districtSettings.districtName()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(org.bouncycastle.asn1.x500.X500Name
                .getInstance(loaded.chain().get(0).getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN)[0].getFirst().getValue());
        try {
            return signer.sign(pdf, new PdfSigner.Signing(loaded.key(), loaded.chain(), name,
                    "Issued by " + districtSettings.districtName(), "Illinois", time, key.visible()));
        } catch (IOException | RuntimeException e) {
            throw new SigningException("Cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public void signFile(Path pdf, SigningKey key) throws SigningException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new SigningException("Cannot read " + pdf + ": " + e.getMessage(), e);
        }
        byte[] signed = sign(bytes, key);
        try {
            PdfSigningService.writeAtomically(pdf, signed);
        } catch (IOException e) {
            throw new SigningException("Cannot write " + pdf + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe(SigningKey key) throws SigningException {
        X509Certificate cert = load(key).chain().get(0);
        return cert.getSubjectX500Principal().getName() + ", valid until " + cert.getNotAfter().toInstant();
    }

    @Override
    public Path createDistrictCertificate(String districtName, char[] password, int years) throws SigningException {
        if (password.length < 8) {
            throw new SigningException("Use a certificate password of at least 8 characters.");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            Instant from = clock.instant().minusSeconds(3600);
            Instant to = ZonedDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusYears(years).toInstant();
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, districtName).addRDN(BCStyle.O, districtName).addRDN(BCStyle.ST, "Illinois")
                    .addRDN(BCStyle.C, "US");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name.build(),
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(from), Date.from(to),
                    name.build(), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("district", pair.getPrivate(), password, new Certificate[]{cert});
            Path folder = Files.createDirectories(dataDirectory.resolve("certificates"));
            Path file = folder.resolve("district-" + clock.instant().getEpochSecond() + ".p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            settings.put(CERTIFICATE, file.toAbsolutePath().toString());
            settings.put(CERTIFICATE_SUMMARY, CertificateSummaries.line(cert));
            return file;
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new SigningException("Cannot create the district certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public Path importDistrictCertificate(Path pkcs12, char[] password) throws SigningException {
        X509Certificate cert = load(new SigningKey(pkcs12, password, false)).chain().get(0);
        try {
            Path folder = Files.createDirectories(dataDirectory.resolve("certificates"));
            Path file = folder.resolve("imported-" + clock.instant().getEpochSecond() + ".p12");
            Files.copy(pkcs12, file);
            settings.put(CERTIFICATE, file.toAbsolutePath().toString());
            settings.put(CERTIFICATE_SUMMARY, CertificateSummaries.line(cert));
            return file;
        } catch (IOException e) {
            throw new SigningException("Cannot copy the certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CertificateSummary> districtCertificateSummary() {
        return districtCertificate().flatMap(p -> settings.get(CERTIFICATE_SUMMARY))
                .flatMap(CertificateSummaries::parse);
    }

    @Override
    public Optional<Path> districtCertificate() {
        return settings.get(CERTIFICATE).map(Path::of).filter(Files::isRegularFile);
    }

    @Override
    public SignatureCheck verify(Path pdf) throws SigningException {
        Optional<String> tooLarge = InputFiles.tooLarge(pdf, InputFiles.PDF_MAX_BYTES, "checks", "signed PDFs");
        if (tooLarge.isPresent()) {
            throw new SigningException(pdf.getFileName() + " " + tooLarge.get() + ".");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new SigningException("Cannot read " + pdf + ": " + e.getMessage(), e);
        }
        PdfVerifier.Report report;
        try {
            report = new PdfVerifier().verify(bytes);
        } catch (IOException e) {
            throw new SigningException(pdf.getFileName() + " is not a readable PDF: " + e.getMessage(), e);
        }
        List<SignatureCheck.Signature> signatures = report.signatures().stream()
                .map(f -> new SignatureCheck.Signature(f.signer(), f.signingTime(), f.intact(), f.coversWholeFile(),
                        f.subFilter(), f.problem()))
                .toList();
        String inStore = report.versionHash() == null ? null
                : sheets.describeVersionWithHash(report.versionHash()).orElse(null);
        return new SignatureCheck(pdf.toString(), signatures, report.versionHash(), inStore);
    }
}
