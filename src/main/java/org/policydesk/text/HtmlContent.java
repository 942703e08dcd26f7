package org.policydesk.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the policy inside a web page. Chrome is removed by what it is (script, nav, aside, ARIA roles) and by
 * what site builders call it (menu, sidebar, breadcrumb, footer, comments…) — but never a container that
 * holds most of the page's prose, since body classes like "has-sidebar" name the layout, not the element.
 * The policy is then the innermost element that still holds most of the prose that is not link text.
 */
final class HtmlContent {

    private static final String ALWAYS_OUT = "script, style, noscript, template, svg, iframe, object, embed, canvas,"
            + " button, select, textarea, input, nav, aside, [role=navigation], [role=search], [role=complementary],"
            + " [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], .sr-only, .visually-hidden";
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|menus"
            + "|menubar|breadcrumbs?|crumbs?|sidebar|side-bar|sidenav|widgets?|footer|comments?|comment-respond"
            + "|respond|share|sharing|social|skip|search|cookies?|banner|masthead|related|pagination|pager|toolbar"
            + "|login|utility|subnav|quicklinks|quick-links|translate|alerts?|site-header|page-header-nav|topbar|top-bar"
            + "|sitemap|copyright|print-links?|tools)(?:$|[-_\\s])");
    private static final Pattern NAVIGATION_LINK = Pattern.compile("(?i)^(?:return|back|go back|print|email|share"
            + "|home|next|previous|prev|top|back to top|skip to|view all|more|close|menu|search|login|sign in)\\b.{0,40}$");
    private static final double MOST = 0.65;
    /** Blocks that are part of a text, never the text's container: narrowing stops above them. */
    private static final java.util.Set<String> LEAF_BLOCKS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "pre", "blockquote", "a", "b", "strong", "em", "i", "u");

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private HtmlContent() {
    }

    static Element find(Document page) {
        Element body = page.body();
        page.select(ALWAYS_OUT).remove();
        return new HtmlContent().narrow(body);
    }

    private Element narrow(Element body) {
        int total = prose(body);
        for (Element e : body.select("*")) {
            if (e != body && e.parent() != null && isChrome(e, total)) {
                e.remove();
            }
        }
        removeNavigationLinks(body);
        lengths.clear();
        Element at = body;
        while (true) {
            int here = prose(at);
            Element next = null;
            for (Element child : at.children()) {
                if (!LEAF_BLOCKS.contains(child.normalName()) && prose(child) >= MOST * here) {
                    next = child;
                }
            }
            if (next == null || here == 0) {
                return widenToHeading(at);
            }
            at = next;
        }
    }

    /**
     * A CMS often sets the policy's heading, or a portal its label/value fields, just outside the block that
     * holds the text; widen to each parent that adds only a little prose of its own.
     */
    private Element widenToHeading(Element content) {
        Element at = content;
        while (at.parent() != null && !at.parent().normalName().equals("html") && !at.parent().normalName().equals("body")
                && prose(at.parent()) <= 1.25 * prose(at) + 300) {
            at = at.parent();
        }
        return at;
    }

    /** Named like chrome and holding a minor share of the prose, or mostly links (an unnamed menu). */
    private boolean isChrome(Element e, int total) {
        String name = e.normalName();
        if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("article")) {
            return false;
        }
        int prose = prose(e);
        int links = linkText(e);
        boolean minor = prose < 0.3 * total;
        if (minor && (name.equals("header") || name.equals("footer"))) {
            return !holdsPolicyHeading(e) || links > prose;
        }
        String id = e.id() + " " + e.className();
        if (minor && CHROME_NAME.matcher(id).find() && !holdsPolicyHeading(e)) {
            return true;
        }
        int all = prose + links;
        return e.select("a").size() >= 3 && all > 0 && links > 0.6 * all && (name.equals("ul") || name.equals("ol")
                || name.equals("div") || name.equals("table") || name.equals("section"));
    }

    /** A WordPress entry header holds the policy's h1; it is not page chrome. */
    private static boolean holdsPolicyHeading(Element e) {
        return !e.select("h1, h2").isEmpty() && e.select("a").size() <= 2;
    }

    /** Blocks that are a single "Return to Headlines"-like link: site navigation inside the content area. */
    private static void removeNavigationLinks(Element root) {
        for (Element a : root.select("a")) {
            Element block = a.parent();
            String text = a.text().trim();
            if (block != null && NAVIGATION_LINK.matcher(text).matches() && block.text().trim().equals(text)) {
                a.remove();
            }
        }
    }

    /** Length of text that is not inside a link. */
    private int prose(Element e) {
        return measure(e)[0];
    }

    private int linkText(Element e) {
        return measure(e)[1];
    }

    private int[] measure(Element e) {
        int[] known = lengths.get(e);
        if (known != null) {
            return known;
        }
        int[] sum = new int[2];
        boolean link = e.normalName().equals("a");
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                int len = t.text().trim().length();
                sum[link ? 1 : 0] += len;
            } else if (n instanceof Element child) {
                int[] c = measure(child);
                if (link) {
                    sum[1] += c[0] + c[1];
                } else {
                    sum[0] += c[0];
                    sum[1] += c[1];
                }
            }
        }
        lengths.put(e, sum);
        return sum;
    }

    private static boolean precedes(Element heading, Element content) {
        for (Element e : heading.parent() == null ? List.<Element>of() : content.ownerDocument().getAllElements()) {
            if (e == heading) {
                return true;
            }
            if (e == content) {
                return false;
            }
        }
        return false;
    }

    /** The page's h1 when the content area has none: a CMS often sets the title above the content block. */
    static Optional<LineEvidence> headingAbove(Document page, Element content) {
        if (!content.select("h1").isEmpty() || content == page.body()) {
            return Optional.empty();
        }
        Element nearest = null;
        for (Element h : page.body().select("h1")) {
            if (h.parents().contains(content) || h.text().isBlank()) {
                continue;
            }
            if (content.siblingIndex() >= 0 && precedes(h, content)) {
                nearest = h;
            }
        }
        return Optional.ofNullable(nearest).map(h -> new LineEvidence(Texts.collapseSpaces(h.text().trim()), 0, 0, 24,
                true, 1, null, true));
    }
}
