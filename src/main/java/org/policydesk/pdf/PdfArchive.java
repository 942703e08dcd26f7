package org.policydesk.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-2u and repeatable: XMP metadata matching the document information, an sRGB
 * output intent, fixed dates and a fixed document ID (PDFBox would otherwise derive one from the clock).
 * Fonts are embedded by {@link org.policydesk.pdf.layout.FontSet}; PDFBox's subset tags are a hash of the
 * glyphs used, so they repeat too.
 */
final class PdfArchive {

    static final String PRODUCER = "PolicyDesk";

    /** Title, subject, author, keywords and the one date used for creation and modification. */
    record Facts(String title, String subject, String author, String keywords, Instant date, byte[] id) {
    }

    private PdfArchive() {
    }

    static void apply(PDDocument doc, Facts facts) throws IOException {
        doc.setVersion(1.7f);
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(facts.date().toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(facts.title());
        info.setSubject(facts.subject());
        info.setAuthor(facts.author());
        info.setKeywords(facts.keywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDMetadata metadata = new PDMetadata(doc);
        try (OutputStream out = metadata.createOutputStream()) {
            out.write(xmp(facts).getBytes(StandardCharsets.UTF_8));
        }
        doc.getDocumentCatalog().setMetadata(metadata);

        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);

        COSArray id = new COSArray();
        id.add(new COSString(facts.id()));
        id.add(new COSString(facts.id()));
        doc.getDocument().setDocumentID(id);
    }

    private static String xmp(Facts f) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(f.date().atOffset(ZoneOffset.UTC));
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(f.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + esc(f.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(f.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<pdf:Keywords>" + esc(f.keywords()) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
