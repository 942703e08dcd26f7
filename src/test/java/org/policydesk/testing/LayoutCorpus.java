package org.policydesk.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Policy texts and web pages in the layouts district copies come in, each built from a {@link SamplePolicy}
 * so the right answer is known: PRESS order, letterhead first, title before the number, the number in a label
 * or after a bullet, a breadcrumb's section, page furniture, one flattened line, dot and dash numbers; and web
 * pages shaped like Schoolwires, Finalsite, WordPress, BoardDocs and a browser paste.
 */
public final class LayoutCorpus {

    /** One file of the corpus and the policy it holds. */
    public record Sample(String name, String fileName, byte[] bytes, SamplePolicy expected) {
    }

    private LayoutCorpus() {
    }

    public static List<Sample> texts() {
        List<Sample> out = new ArrayList<>();
        List<SamplePolicy> library = SamplePolicy.library();
        for (int i = 0; i < library.size(); i++) {
            SamplePolicy p = library.get(i);
            int chapter = Integer.parseInt(p.number().split(":")[0]);
            add(out, "press", p, x -> "Section " + chapter + " - " + x.section() + "\n\n" + x.number() + " "
                    + x.title() + "\n\n" + body(x) + refs(x) + x.history() + "\n");
            add(out, "letterhead", p, x -> "Lincoln Community Unit School District 12\n\n" + x.number() + " "
                    + x.title() + "\n\n" + body(x) + refs(x) + x.history() + "\n");
            add(out, "title-first", p, x -> x.title().toUpperCase(Locale.ROOT) + "\nPolicy " + x.number() + "\n\n"
                    + body(x) + refs(x) + datesAs(x, "Date Adopted: ", "MM/dd/yyyy") + "\n");
            add(out, "label", p, x -> "Board Policy " + x.number() + "\n" + x.title() + "\n\n" + body(x) + refs(x)
                    + datesAs(x, "Board Approved: ", "MMMM d, yyyy") + "\n");
            add(out, "policy-no", p, x -> "Policy No. " + x.number().replace(':', '.') + " - " + x.title() + "\n\n"
                    + body(x) + refs(x) + x.history() + "\n");
            add(out, "bullet", p, x -> "• " + x.number() + " " + x.title() + "\n\n" + body(x) + refs(x)
                    + x.history() + "\n");
            add(out, "breadcrumb", p, x -> "Home » Board of Education » Policies » Section " + chapter + " - "
                    + x.section() + "\n\n" + x.number() + " " + x.title() + "\n\n" + body(x) + refs(x) + x.history()
                    + "\n");
            add(out, "headlines", p, x -> "Return to Headlines\n\n" + x.number() + " " + x.title() + "\n\n" + body(x)
                    + refs(x) + x.history() + "\n");
            add(out, "flat", p, x -> (x.number() + " " + x.title() + " " + body(x) + refs(x) + x.history())
                    .replaceAll("\\s*\\n\\s*", " ").trim() + "\n");
            add(out, "dash", p, x -> x.number().replace(':', '-') + " " + x.title() + "\n\n" + body(x) + refs(x)
                    + datesAs(x, "Adopted ", "M/d/yy") + "\n");
            add(out, "trailing", p, x -> x.title() + " (" + x.number() + ")\n\n" + body(x) + refs(x) + x.history()
                    + "\n");
            add(out, "fields", p, x -> "Policy Title: " + x.title() + "\nPolicy Number: " + x.number()
                    + "\nSection: " + x.section() + "\n\n" + body(x) + refs(x) + datesAs(x, "Adoption Date: ", "M/d/yyyy")
                    + "\n");
        }
        return out;
    }

    private static void add(List<Sample> out, String layout, SamplePolicy p, Function<SamplePolicy, String> render) {
        String file = layout + "-" + p.number().replace(':', '_') + ".txt";
        out.add(new Sample(layout, file, render.apply(p).getBytes(java.nio.charset.StandardCharsets.UTF_8), p));
    }

    public static String body(SamplePolicy p) {
        StringBuilder b = new StringBuilder();
        b.append(p.paragraphs().get(0)).append("\n\n");
        for (int i = 0; i < p.listItems().size(); i++) {
            b.append(i + 1).append(". ").append(p.listItems().get(i)).append('\n');
        }
        b.append('\n');
        for (int i = 1; i < p.paragraphs().size(); i++) {
            b.append(p.paragraphs().get(i)).append("\n\n");
        }
        return b.toString();
    }

    public static String refs(SamplePolicy p) {
        return "LEGAL REF.: " + String.join("\n", p.legalRefs()) + "\n\nCROSS REF.: " + p.crossRefs() + "\n\n";
    }

    /** The history written with other labels and another date form; each entry keeps its kind. */
    public static String datesAs(SamplePolicy p, String adoptedLabel, String pattern) {
        StringBuilder b = new StringBuilder();
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.US);
        for (String d : p.dates()) {
            String[] kindDate = d.split(" ");
            String label = switch (kindDate[0]) {
                case "ADOPTED" -> adoptedLabel;
                case "AMENDED" -> "Amended ";
                case "REVISED" -> "Last Revised: ";
                default -> "Reviewed on ";
            };
            b.append(b.length() == 0 ? "" : "; ").append(label).append(f.format(LocalDate.parse(kindDate[1])));
        }
        return b.toString();
    }
}
