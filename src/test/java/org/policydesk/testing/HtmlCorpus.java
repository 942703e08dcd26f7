package org.policydesk.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Saved web pages shaped like the sites districts publish policies on: Schoolwires (channel menus, a
 * "Return to Headlines" link, windows-1252), Finalsite (title above the content, breadcrumb with the section,
 * sidebar), WordPress (entry header, sidebar widgets, comments), BoardDocs (label/value blocks as divs, a
 * definition list or a table), and a fragment pasted from a browser.
 */
public final class HtmlCorpus {

    private HtmlCorpus() {
    }

    public static List<LayoutCorpus.Sample> pages() {
        List<LayoutCorpus.Sample> out = new ArrayList<>();
        for (SamplePolicy p : SamplePolicy.library()) {
            add(out, "schoolwires", p, HtmlCorpus::schoolwires, Charset.forName("windows-1252"));
            add(out, "finalsite", p, HtmlCorpus::finalsite, StandardCharsets.UTF_8);
            add(out, "wordpress", p, HtmlCorpus::wordpress, StandardCharsets.UTF_8);
            add(out, "boarddocs", p, HtmlCorpus::boardDocs, StandardCharsets.UTF_8);
            add(out, "boarddocs-dl", p, HtmlCorpus::boardDocsDefinitions, StandardCharsets.UTF_8);
            add(out, "boarddocs-table", p, HtmlCorpus::boardDocsTable, StandardCharsets.UTF_8);
            add(out, "paste", p, HtmlCorpus::paste, StandardCharsets.UTF_8);
        }
        return out;
    }

    private static void add(List<LayoutCorpus.Sample> out, String layout, SamplePolicy p,
                            Function<SamplePolicy, String> page, Charset charset) {
        out.add(new LayoutCorpus.Sample(layout, layout + "-" + p.number().replace(':', '_') + ".html",
                page.apply(p).getBytes(charset), p));
    }

    private static int chapter(SamplePolicy p) {
        return Integer.parseInt(p.number().split(":")[0]);
    }

    /** The policy's body as a site editor writes it: paragraphs, an ordered list, references, history. */
    static String content(SamplePolicy p) {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(esc(p.paragraphs().get(0))).append("</p>\n<ol>\n");
        for (String item : p.listItems()) {
            b.append("  <li>").append(esc(item)).append("</li>\n");
        }
        b.append("</ol>\n");
        for (int i = 1; i < p.paragraphs().size(); i++) {
            b.append("<p>").append(esc(p.paragraphs().get(i))).append("</p>\n");
        }
        b.append("<p><strong>LEGAL REF.:</strong>&nbsp;").append(String.join("<br>\n", p.legalRefs().stream()
                .map(HtmlCorpus::esc).toList())).append("</p>\n");
        b.append("<p><strong>CROSS REF.:</strong>&nbsp;").append(esc(p.crossRefs())).append("</p>\n");
        b.append("<p>").append(esc(p.history())).append("</p>\n");
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#8217;").replace("§", "&sect;");
    }

    private static String menu(String... items) {
        StringBuilder b = new StringBuilder("<ul>");
        for (String i : items) {
            b.append("<li><a href=\"/").append(i.toLowerCase().replace(' ', '-')).append("\">").append(i).append("</a></li>");
        }
        return b.append("</ul>").toString();
    }

    static String schoolwires(SamplePolicy p) {
        return "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Board Policies / " + p.number() + " " + p.title() + "</title>"
                + "<script>var sw = {channel: 'board'};</script><style>.ui-article{margin:0}</style></head><body>"
                + "<div id=\"sw-mystart-outer\">" + menu("Parents", "Students", "Staff", "Community", "Sign In") + "</div>"
                + "<div id=\"sw-channel-list-container\">" + menu("Home", "Our District", "Schools", "Board of Education",
                        "Departments", "Enrollment") + "</div>"
                + "<div id=\"sw-content-container1\"><div class=\"ui-widget app navigation pagenavigation\">"
                + "<div class=\"ui-widget-header\"><h1>Board of Education</h1></div>"
                + menu("Board Members", "Meeting Schedule", "Board Policies", "Agendas and Minutes") + "</div>"
                + "<div class=\"ui-widget app headlines\"><div class=\"ui-widget-header\"><h1>Board Policies</h1></div>"
                + "<div class=\"ui-widget-detail\"><div class=\"ui-article\"><div class=\"ui-article-controls\">"
                + "<a href=\"/headlines\" class=\"sub-link\">Return to Headlines</a></div>"
                + "<h1 class=\"ui-article-title sw-article\"><span>" + p.number() + " " + esc(p.title()) + "</span></h1>"
                + "<div class=\"ui-article-description\"><span>" + content(p).replace("&#8217;", "\u2019")
                + "</span></div></div></div></div></div>"
                + "<div id=\"sw-footer-outer\"><div id=\"sw-footer-left\">Lincoln CUSD 12<br>100 Main Street"
                + "<br>Lincoln, IL 62656</div><div id=\"sw-footer-links\">" + menu("Site Map", "Accessibility",
                        "Non-Discrimination") + "</div><p>Copyright &copy; 2024 Finalsite / Blackboard</p></div>"
                + "<!-- tracking --><script>ga('send');</script></body></html>";
    }

    static String finalsite(SamplePolicy p) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(p.title())
                + " - Springfield Public Schools</title></head><body class=\"fsPage has-sidebar\">"
                + "<header id=\"fsHeader\" class=\"fsHeader\"><div class=\"fsLogo\"><a href=\"/\">Springfield Public"
                + " Schools</a></div><nav class=\"fsNavigation\">" + menu("About", "Academics", "Athletics", "Board",
                        "Calendar", "Contact") + "</nav></header>"
                + "<div id=\"fsPageBodyWrapper\"><div id=\"fsPageBody\"><div class=\"fsBanner\"><h1 class=\"fsPageTitle\">"
                + esc(p.title()) + "</h1></div>"
                + "<nav class=\"fsBreadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li>"
                + "<a href=\"/board\">Board of Education</a></li><li><a href=\"/board/policies\">Board Policy</a></li>"
                + "<li><span>Section " + chapter(p) + " - " + esc(p.section()) + "</span></li></ol></nav>"
                + "<aside class=\"fsPageLayoutSidebar\"><div class=\"fsMenu\">" + menu("Section 1", "Section 2",
                        "Section 3", "Section 4", "Section 5", "Section 6", "Section 7", "Section 8") + "</div></aside>"
                + "<div class=\"fsPageContent\"><div class=\"fsElement fsContent\"><div class=\"fsElementContent\">"
                + "<p><strong>Policy " + p.number() + "</strong></p>" + content(p)
                + "</div></div></div></div></div><footer id=\"fsFooter\"><div class=\"fsFooterAddress\">"
                + "Springfield Public Schools, 1900 W. Monroe St.</div>" + menu("Privacy", "Terms", "Staff Login")
                + "</footer></body></html>";
    }

    public static String wordpress(SamplePolicy p) {
        return "<!doctype html><html><head><meta charset=\"UTF-8\"><title>" + p.number().replace(':', '.') + " &#8211; "
                + esc(p.title()) + " &#8211; Oak Grove School District 68</title><link rel=\"stylesheet\" href=\"x.css\">"
                + "</head><body class=\"page-template-default page has-sidebar\">"
                + "<a class=\"skip-link screen-reader-text\" href=\"#content\">Skip to content</a>"
                + "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\">"
                + "<a href=\"/\">Oak Grove School District 68</a></p></div><nav id=\"site-navigation\""
                + " class=\"main-navigation\">" + menu("Home", "Board", "Policies", "Contact") + "</nav></header>"
                + "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">"
                + "<main id=\"main\" class=\"site-main\"><article class=\"page type-page status-publish hentry\">"
                + "<header class=\"entry-header\"><h1 class=\"entry-title\">" + p.number().replace(':', '.') + " &#8211; "
                + esc(p.title()) + "</h1></header><div class=\"entry-content\">" + content(p) + "</div>"
                + "<footer class=\"entry-footer\"><span class=\"edit-link\"><a href=\"/edit\">Edit</a></span></footer>"
                + "</article><div id=\"comments\" class=\"comments-area\"><div id=\"respond\" class=\"comment-respond\">"
                + "<h3 class=\"comment-reply-title\">Leave a Reply</h3><p class=\"comment-notes\">Your email address"
                + " will not be published. Required fields are marked.</p><form><textarea></textarea></form></div></div>"
                + "</main></div><aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\">"
                + "<h2 class=\"widget-title\">Recent Posts</h2>" + menu("Board meeting moved to Thursday",
                        "Policy updates adopted in June", "Welcome back to school") + "</section></aside></div>"
                + "<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">&copy; 2024 Oak Grove School"
                + " District 68 &middot; Proudly powered by WordPress</div></footer></body></html>";
    }

    /** BoardDocs' public policy view: label and value in sibling divs above the policy text. */
    static String boardDocs(SamplePolicy p) {
        return boardDocsPage(p, field("Book", "Board Policy Manual") + field("Section", chapter(p) + " - " + p.section())
                + field("Title", p.title()) + field("Code", p.number()) + field("Status", "Active")
                + field("Adopted", adopted(p)));
    }

    static String boardDocsDefinitions(SamplePolicy p) {
        return boardDocsPage(p, "<dl class=\"policy-fields\"><dt>Book</dt><dd>Board Policy Manual</dd><dt>Section</dt><dd>"
                + chapter(p) + " - " + esc(p.section()) + "</dd><dt>Title</dt><dd>" + esc(p.title())
                + "</dd><dt>Code</dt><dd>" + p.number() + "</dd><dt>Status</dt><dd>Active</dd><dt>Adopted</dt><dd>"
                + adopted(p) + "</dd></dl>");
    }

    static String boardDocsTable(SamplePolicy p) {
        return boardDocsPage(p, "<table class=\"policy-header\"><tr><td>Book</td><td>Board Policy Manual</td></tr>"
                + "<tr><td>Section</td><td>" + chapter(p) + " - " + esc(p.section()) + "</td></tr><tr><td>Title</td><td>"
                + esc(p.title()) + "</td></tr><tr><td>Code</td><td>" + p.number() + "</td></tr><tr><td>Status</td>"
                + "<td>Active</td></tr><tr><td>Adopted</td><td>" + adopted(p) + "</td></tr></table>");
    }

    private static String boardDocsPage(SamplePolicy p, String fields) {
        String body = content(p);
        return "<html><head><title>BoardDocs® PL</title><script src=\"bd.js\"></script></head><body>"
                + "<div id=\"wrap-tabs\" class=\"tabs\">" + menu("Meetings", "Policies", "Library", "Search") + "</div>"
                + "<div id=\"view-policy\"><div class=\"policy-header\">" + fields + "</div><div id=\"policy-body\">"
                + body + "</div></div><div class=\"footer\">Powered by BoardDocs " + menu("Help", "Login") + "</div>"
                + "</body></html>";
    }

    private static String field(String label, String value) {
        return "<div class=\"row\"><div class=\"col-label\"><span class=\"label\">" + label + "</span></div>"
                + "<div class=\"col-value\">" + esc(value) + "</div></div>";
    }

    /** BoardDocs states the adoption date as a field; the sample's history line stays in the text too. */
    private static String adopted(SamplePolicy p) {
        return p.history().replaceFirst("^Adopted: ", "").replaceFirst(";.*$", "");
    }

    static String paste(SamplePolicy p) {
        return "<meta charset='utf-8'><p><b>" + p.number() + "&nbsp;&nbsp;" + esc(p.title()) + "</b></p>" + content(p);
    }
}
