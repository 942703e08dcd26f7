package org.policydesk.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private PDDocument doc;
    private FontSet fonts;
    private LineBreaker breaker;
    private final Style body = Style.of(FontFace.REGULAR, 11);

    @BeforeEach
    void fonts() {
        doc = new PDDocument();
        fonts = new FontSet(doc, FontFiles.shipped());
        breaker = new LineBreaker(fonts);
    }

    @AfterEach
    void close() throws Exception {
        fonts.close();
        doc.close();
    }

    @Test
    void linesFitTheMeasureAndKeepEveryWordInOrder() {
        String text = "The District recognizes the increasingly important role that technology plays in the "
                + "educational process as well as in the personal lives of the students, their families, and staff.";
        List<Line> lines = breaker.lines(List.of(new Span(text, body)), 200, 0);
        assertThat(lines).hasSizeGreaterThan(2);
        for (Line line : lines) {
            assertThat(line.width()).isLessThanOrEqualTo(200.01f);
        }
        assertThat(String.join(" ", lines.stream().map(Line::text).toList())).isEqualTo(text);
    }

    @Test
    void widthsComeFromTheFontSoBoldIsWider() {
        float regular = fonts.width("Professional and Appropriate Conduct", FontFace.REGULAR, 11);
        float bold = fonts.width("Professional and Appropriate Conduct", FontFace.BOLD, 11);
        assertThat(bold).isGreaterThan(regular);
        assertThat(fonts.width("iiii", FontFace.REGULAR, 11)).isLessThan(fonts.width("WWWW", FontFace.REGULAR, 11));
    }

    @Test
    void mixedRunsStayOnOneLineAsSeparateFragments() {
        List<Line> lines = breaker.lines(List.of(new Span("policy 5:120, ", body),
                new Span("Employee Ethics", body.withFace(FontFace.ITALIC)), new Span(" at all times", body)), 400, 0);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).fragments()).extracting(f -> f.style().face())
                .containsExactly(FontFace.REGULAR, FontFace.ITALIC, FontFace.REGULAR);
        assertThat(lines.get(0).text()).isEqualTo("policy 5:120, Employee Ethics at all times");
    }

    @Test
    void aCitationLongerThanTheLineBreaksAfterASlash() {
        String url = "https://www.ilga.gov/legislation/ilcs/fulltext.asp?DocName=010500050K21-23a";
        List<Line> lines = breaker.lines(List.of(new Span(url, body)), 150, 0);
        assertThat(lines).hasSizeGreaterThan(1);
        lines.forEach(l -> assertThat(l.width()).isLessThanOrEqualTo(150.01f));
        assertThat(lines.get(0).text()).endsWith("/");
        assertThat(String.join("", lines.stream().map(Line::text).toList())).isEqualTo(url);
    }

    @Test
    void cjkBreaksBetweenCharactersAndUsesTheFallbackFont() {
        String text = "教职员培训与专业发展计划应当每年审查一次并向教育委员会报告结果";
        List<Line> lines = breaker.lines(List.of(new Span(text, body)), 100, 0);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines.stream().map(Line::text).toList())).isEqualTo(text);
        assertThat(lines.get(0).fragments().get(0).font().getName()).endsWith("WenQuanYiMicroHei");
    }

    @Test
    void hangingIndentStartsEveryLineAtTheTextColumn() {
        List<Line> lines = breaker.lines(List.of(new Span("word ".repeat(60), body)), 300, 24);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.indent()).isEqualTo(24);
            assertThat(l.width()).isLessThanOrEqualTo(276.01f);
        });
    }

    @Test
    void missingGlyphsBecomeTheReplacementCharacter() {
        List<FontSet.Piece> pieces = fonts.shape("a\uD83E\uDD84b", FontFace.REGULAR);
        assertThat(String.join("", pieces.stream().map(FontSet.Piece::text).toList())).isEqualTo("a\uFFFDb");
    }
}
