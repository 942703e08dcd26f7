package org.policydesk.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import org.policydesk.pdf.layout.FontFiles;

/**
 * Signs a finished PDF as PAdES baseline B-B: an incremental update with an {@code /Adobe.PPKLite} +
 * {@code /ETSI.CAdES.detached} signature whose CMS carries the signing certificate and the ESS
 * signing-certificate-v2 attribute and no signing-time attribute (the claimed time is the dictionary's /M).
 * Works on bytes in memory, so a failure never leaves a half-signed file.
 */
public final class PdfSigner {

    /** The key, its certificate chain (signer first) and what the signature dictionary says. */
    public record Signing(PrivateKey key, List<X509Certificate> chain, String name, String reason, String location,
                          Calendar time, boolean visible) {
        public Signing {
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a signing certificate is needed");
            }
        }
    }

    private final FontFiles fontFiles;

    public PdfSigner() {
        this(FontFiles.shipped());
    }

    public PdfSigner(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    public byte[] sign(byte[] pdf, Signing signing) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signing.name());
            signature.setReason(signing.reason());
            signature.setLocation(signing.location());
            signature.setSignDate(signing.time());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                if (signing.visible()) {
                    int last = doc.getNumberOfPages() - 1;
                    PDPage page = doc.getPage(last);
                    PDRectangle box = new PDRectangle(page.getMediaBox().getWidth() - 40 - 220, 120, 220, 46);
                    options.setVisualSignature(VisibleSignature.template(page.getMediaBox(), box, signing, fontFiles));
                    options.setPage(last);
                }
                doc.addSignature(signature, content -> cms(content, signing), options);
                doc.saveIncremental(out);
            }
            return out.toByteArray();
        }
    }

    private static byte[] cms(InputStream content, Signing signing) throws IOException {
        try {
            X509Certificate cert = signing.chain().get(0);
            String algorithm = "EC".equals(signing.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(signing.key());
            JcaSignerInfoGeneratorBuilder builder = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            builder.setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(cert)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(builder.build(signer, cert));
            generator.addCertificates(new JcaCertStore(signing.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return data.getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("cannot make the signature: " + e.getMessage(), e);
        }
    }

    private static AttributeTable signingCertificateV2(X509Certificate cert) throws CertificateEncodingException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            X509CertificateHolder holder = new X509CertificateHolder(cert.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                    holder.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                    issuerSerial);
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{id}))));
            return new AttributeTable(v);
        } catch (java.security.NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** BouncyCastle's standard signed attributes less signing-time, which PAdES leaves to the /M entry. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(AttributeTable table) {
            super(table);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
