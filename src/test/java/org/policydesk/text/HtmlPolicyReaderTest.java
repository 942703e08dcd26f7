package org.policydesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.policydesk.model.RecognisedPolicy;

class HtmlPolicyReaderTest {

    private static final String BODY = "<h1>5:260 Student Teachers</h1><p>The Superintendent may enter into"
            + " agreements with colleges \u201cfor student teaching\u201d under \u00a7 10-22.34.</p>";

    private final HtmlPolicyReader reader = new HtmlPolicyReader();

    private String text(byte[] page) throws Exception {
        ReadDocument doc = reader.read("p.html", page);
        return EvidenceText.render(doc.lines());
    }

    @Test
    void aDeclaredWindows1252PageIsDecodedAsWindows1252() throws Exception {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body>" + BODY + "</body></html>")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(text(page)).contains("colleges \u201cfor student teaching\u201d under \u00a7 10-22.34.");
    }

    @Test
    void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() throws Exception {
        byte[] page = ("<html><body>" + BODY + "</body></html>").getBytes(Charset.forName("windows-1252"));
        assertThat(text(page)).contains("\u201cfor student teaching\u201d under \u00a7");
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpacesBecomeSpaces() throws Exception {
        byte[] page = ("<p><b>5:260&nbsp;&nbsp;Student Teachers</b></p><p>Under &sect;&nbsp;10-22.34 the"
                + " Superintendent&#8217;s agreements &amp; placements are made by the District.</p>")
                .getBytes(StandardCharsets.UTF_8);
        String text = text(page);
        assertThat(text).contains("5:260 Student Teachers", "Under \u00a7 10-22.34 the Superintendent\u2019s agreements & placements");
        assertThat(text).doesNotContain("&nbsp;", "&sect;", "\u00a0");
    }

    @Test
    void aPageWithOnlyMenusAndFootersHasNoPolicyAndSaysSo() {
        byte[] page = ("<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/b>Board</a></li></ul></nav>"
                + "<footer>Copyright 2024 Lincoln CUSD 12</footer><script>var x = 'lots of words in a script"
                + " that should never count as policy text at all';</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("menu.html", page))
                .isInstanceOf(HtmlPolicyReader.NoPolicyInPageException.class)
                .hasMessageContaining("holds no policy text");
    }

    @Test
    void theBreadcrumbIsReadAsEvidenceButLeftOutOfTheText() throws Exception {
        byte[] page = ("<html><body><ul class=\"breadcrumbs\"><li><a href=/>Home</a></li><li><a href=/p>Policies</a>"
                + "</li><li>Section 5 - Personnel</li></ul><div class=\"content\">" + BODY.replace("5:260 ", "")
                + "<p>Policy 5:260 applies to all placements made by the District with any college.</p></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        ReadDocument doc = reader.read("crumb.html", page);
        assertThat(doc.breadcrumb()).containsExactly("Home", "Policies", "Section 5 - Personnel");
        assertThat(EvidenceText.render(doc.lines())).doesNotContain("Home", "Section 5");
        RecognisedPolicy p = new PolicyRecogniser().recognise(doc).get(0);
        assertThat(p.section().value()).isEqualTo("Personnel");
        assertThat(p.section().evidence()).contains("breadcrumb");
    }
}
