package org.policydesk.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policydesk.model.SourceFormat;

/**
 * A saved web page (or HTML pasted from a browser) as evidence lines. The page's own chrome is left out —
 * scripts, navigation, menus, sidebars, comments, footers — and the policy is the container that holds most of
 * the remaining prose ({@link HtmlContent}). A breadcrumb is read as evidence before it is left out, and
 * label/value blocks such as a board portal's become "Label: value" lines the recogniser reads as fields.
 */
public final class HtmlPolicyReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern CRUMB_SEPARATORS = Pattern.compile("\\s*(?:[»›>/|→]|\\\\)\\s*");

    public static final class NoPolicyInPageException extends Exception {
        private static final long serialVersionUID = 1L;

        NoPolicyInPageException(String message) {
            super(message);
        }
    }

    /** Reads the page; throws when nothing policy-like is left once the page's chrome is gone. */
    public ReadDocument read(String fileName, byte[] bytes) throws NoPolicyInPageException {
        Document page = Jsoup.parse(decode(bytes));
        String pageTitle = Texts.collapseSpaces(page.title().trim());
        List<String> breadcrumb = breadcrumb(page);
        Element content = HtmlContent.find(page);
        List<LineEvidence> lines = FieldLabels.joinBareLabels(new HtmlLines().of(content));
        List<LineEvidence> withHeading = HtmlContent.headingAbove(page, content)
                .map(h -> prepend(h, lines)).orElse(lines);
        long words = 0;
        for (int k = 0; k < withHeading.size() && words < 8; k++) {
            words += withHeading.get(k).text().chars().filter(c -> c == ' ').count() + 1;
        }
        if (withHeading.isEmpty() || words < 8) {
            throw new NoPolicyInPageException("the page holds no policy text (only "
                    + words + " words outside its menus, navigation and footers)");
        }
        return new ReadDocument(fileName, SourceFormat.HTML, withHeading, Map.of(), breadcrumb, pageTitle, null, 0);
    }

    private static List<LineEvidence> prepend(LineEvidence first, List<LineEvidence> rest) {
        List<LineEvidence> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * The declared charset wins (a meta tag in the first 2 KB); otherwise strict UTF-8, and Windows-1252 for
     * bytes that are not UTF-8, as browsers do for old pages.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher declared = META_CHARSET.matcher(head);
        if (declared.find()) {
            Charset cs = charset(declared.group(1));
            if (cs != null) {
                return new String(bytes, cs);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A declared charset; ISO-8859-1 means Windows-1252 on the web (the HTML standard says so). */
    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    /** The breadcrumb's items, outermost first; empty when the page has none. */
    static List<String> breadcrumb(Document page) {
        for (Element e : page.select("[class*=breadcrumb], [id*=breadcrumb], [aria-label~=(?i)breadcrumb],"
                + " [class*=crumb], [itemtype*=BreadcrumbList]")) {
            List<String> items = new ArrayList<>();
            for (Element item : e.select("li, a, span[itemprop=name]")) {
                String t = Texts.collapseSpaces(item.text().trim());
                if (!t.isEmpty() && !items.contains(t) && item.select("li").size() <= 1) {
                    items.add(t);
                }
            }
            if (items.isEmpty()) {
                for (String part : CRUMB_SEPARATORS.split(e.text())) {
                    if (!part.isBlank()) {
                        items.add(part.trim());
                    }
                }
            }
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }
}
