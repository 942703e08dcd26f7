package org.policydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the policy's HTML and breaks it into lines where the page breaks blocks: paragraphs, headings, list
 * items, table rows, line breaks. Each line keeps its heading level, boldness, list marker and list depth. A
 * definition list's term and description, and a two-cell table row, become one "Label: value" line.
 */
final class HtmlLines {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "dt", "dd", "blockquote", "pre", "section", "article", "main", "ul", "ol", "table", "header", "footer",
            "address", "center", "dl", "figure", "figcaption", "hr", "caption", "tbody", "thead", "form", "fieldset",
            "details", "summary");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final float[] HEADING_SIZES = {0, 24, 20, 16, 14, 13, 12};

    private final List<LineEvidence> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int boldChars;
    private int heading;
    private String marker;
    private int depth;
    private boolean paragraphStart = true;

    List<LineEvidence> of(Element root) {
        walk(root, false);
        flush(false);
        return lines;
    }

    private void walk(Node node, boolean bold) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText().replace('\u00A0', ' ');
            if (t.parent() != null && t.parent().normalName().equals("pre")) {
                String[] parts = text.split("\\R", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        flush(false);
                    }
                    append(parts[k], bold);
                }
            } else {
                append(SPACES.matcher(text).replaceAll(" "), bold);
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String name = e.normalName();
        if (name.equals("br")) {
            flush(false);
            return;
        }
        if (name.equals("tr") && labelRow(e)) {
            return;
        }
        if (name.equals("dt") && definition(e)) {
            return;
        }
        if (name.equals("dd") && e.previousElementSibling() != null
                && e.previousElementSibling().normalName().equals("dt") && definitionJoined(e.previousElementSibling())) {
            return;
        }
        boolean block = BLOCKS.contains(name) || name.equals("td") || name.equals("th");
        if (block && !name.equals("td") && !name.equals("th")) {
            flush(true);
        }
        boolean boldHere = bold || name.equals("b") || name.equals("strong") || isBoldStyle(e);
        int level = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                ? name.charAt(1) - '0' : 0;
        if (name.equals("li")) {
            marker = listMarker(e);
            depth = (int) e.parents().stream().filter(p -> p.normalName().equals("ul") || p.normalName().equals("ol"))
                    .count();
        }
        if (level > 0) {
            heading = level;
        }
        if ((name.equals("td") || name.equals("th")) && current.length() > 0) {
            current.append(' ');
        }
        for (Node child : e.childNodes()) {
            walk(child, boldHere || level > 0);
        }
        if (block && !name.equals("td") && !name.equals("th")) {
            flush(true);
        }
    }

    /** A two-cell row whose first cell is a known label: "Adopted | May 12, 2015" → "Adopted: May 12, 2015". */
    private boolean labelRow(Element tr) {
        List<Element> cells = tr.children().stream()
                .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
        if (cells.size() != 2) {
            return false;
        }
        String label = cells.get(0).text().trim();
        if (FieldLabels.kindOf(label).isEmpty()) {
            return false;
        }
        flush(true);
        current.append(FieldLabels.stripColon(label)).append(": ").append(cells.get(1).text().trim());
        flush(true);
        return true;
    }

    private boolean definition(Element dt) {
        if (!definitionJoined(dt)) {
            return false;
        }
        flush(true);
        current.append(FieldLabels.stripColon(dt.text().trim())).append(": ").append(dt.nextElementSibling().text().trim());
        flush(true);
        return true;
    }

    private static boolean definitionJoined(Element dt) {
        Element dd = dt.nextElementSibling();
        return dd != null && dd.normalName().equals("dd") && dt.text().trim().length() <= 40;
    }

    private static boolean isBoldStyle(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("font-weight:bold") || style.contains("font-weight:700")
                || style.contains("font-weight:800") || style.contains("font-weight:900");
    }

    private static String listMarker(Element li) {
        Element list = li.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "•";
        }
        int n = li.elementSiblingIndex() + 1;
        if (list.hasAttr("start")) {
            try {
                n += Integer.parseInt(list.attr("start").trim()) - 1;
            } catch (NumberFormatException ignored) {
                // an unreadable start attribute: count from 1 as browsers do
            }
        }
        String type = list.attr("type");
        if (type.equals("a") && n <= 26) {
            return (char) ('a' + n - 1) + ".";
        }
        if (type.equals("A") && n <= 26) {
            return (char) ('A' + n - 1) + ".";
        }
        return n + ".";
    }

    private void append(String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        if (current.length() == 0) {
            text = text.stripLeading();
        }
        current.append(text);
        if (bold) {
            boldChars += text.strip().length();
        }
    }

    private void flush(boolean atBlock) {
        String text = Texts.collapseSpaces(current.toString().replace('\u00A0', ' ')).trim();
        if (!text.isEmpty()) {
            boolean bold = boldChars >= 0.9 * text.replace(" ", "").length();
            float size = heading > 0 ? HEADING_SIZES[Math.min(heading, 6)] : 12;
            lines.add(new LineEvidence(text, 0, depth, size, bold, heading, marker, paragraphStart));
            marker = null;
            paragraphStart = false;
        }
        current.setLength(0);
        boldChars = 0;
        heading = 0;
        if (atBlock) {
            paragraphStart = true;
            depth = 0;
        }
    }
}
