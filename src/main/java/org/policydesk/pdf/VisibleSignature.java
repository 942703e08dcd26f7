package org.policydesk.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.SimpleDateFormat;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.util.Matrix;

import org.policydesk.pdf.layout.FontFace;
import org.policydesk.pdf.layout.FontFiles;
import org.policydesk.pdf.layout.FontSet;

/** The optional visible signature block: a one-page template whose signature widget shows who signed and when. */
final class VisibleSignature {

    private VisibleSignature() {
    }

    static InputStream template(PDRectangle mediaBox, PDRectangle rect, PdfSigner.Signing signing, FontFiles files)
            throws IOException {
        try (PDDocument doc = new PDDocument(); FontSet fonts = new FontSet(doc, files)) {
            PDPage page = new PDPage(mediaBox);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rect);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            PDFont bold = fonts.font(FontFace.BOLD);
            PDFont regular = fonts.font(FontFace.REGULAR);
            SimpleDateFormat when = new SimpleDateFormat("yyyy-MM-dd HH:mm z", Locale.US);
            when.setTimeZone(signing.time().getTimeZone());
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setStrokingColor(0.35f, 0.35f, 0.35f);
                cs.setLineWidth(0.8f);
                cs.addRect(0.4f, 0.4f, rect.getWidth() - 0.8f, rect.getHeight() - 0.8f);
                cs.stroke();
                cs.beginText();
                cs.setFont(bold, 8.5f);
                cs.setTextMatrix(Matrix.getTranslateInstance(5, rect.getHeight() - 12));
                cs.showText("Digitally signed by " + shorten(signing.name(), 40));
                cs.setFont(regular, 7.5f);
                cs.setTextMatrix(Matrix.getTranslateInstance(5, rect.getHeight() - 24));
                cs.showText("Date: " + when.format(signing.time().getTime()));
                cs.setTextMatrix(Matrix.getTranslateInstance(5, rect.getHeight() - 35));
                cs.showText(shorten(signing.reason() == null ? "" : signing.reason(), 55));
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static String shorten(String s, int max) {
        String t = s == null ? "" : s;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
