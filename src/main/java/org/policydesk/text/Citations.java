package org.policydesk.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policydesk.model.Citation;

/**
 * The sections one LEGAL REF entry cites. PRESS writes later sections of the same chapter without repeating it
 * ("105 ILCS 5/10-20.5, 5/10-22.4 and 5/24-12"), and the section sign is optional ("20 U.S.C. 1232g"), so the
 * entry is read citation by citation rather than searched as text.
 */
public final class Citations {

    /** A later section: after ", ", "and" or "&", not followed by a capital (which starts the next citation). */
    private static final String JOIN = "\\G(?:\\([^)]*\\))*\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)";
    private static final String NOT_NEXT_CITATION = "(?-i:(?!\\s*[A-Z]))";
    private static final String SECTION = "([0-9][0-9A-Za-z.\\-]*+)";

    private static final Pattern ILCS = Pattern.compile("(?i)(\\d+)\\s*ILCS\\s*(\\d+)\\s*/\\s*" + SECTION);
    private static final Pattern ILCS_MORE = Pattern.compile(
            "(?i)" + JOIN + "(?:(\\d+)\\s*/\\s*)?" + SECTION + NOT_NEXT_CITATION);
    private static final Pattern USC = Pattern.compile(
            "(?i)(\\d+)\\s*U\\.?\\s?S\\.?\\s?C\\.?(?:\\s?A\\.?)?\\s*(?:§§?\\s*)?" + SECTION);
    private static final Pattern CFR = Pattern.compile(
            "(?i)(\\d+)\\s*C\\.?\\s?F\\.?\\s?R\\.?\\s*(?:Part\\s*|Pt\\.\\s*|§§?\\s*)?" + SECTION);
    private static final Pattern ADMIN_CODE = Pattern.compile(
            "(?i)(\\d+)\\s*Ill\\.?\\s*Adm(?:in)?\\.?\\s*Code\\s*(?:Part\\s*|§§?\\s*)?" + SECTION);
    private static final Pattern SECTION_MORE = Pattern.compile(
            "(?i)" + JOIN + "(?:Part\\s*|§§?\\s*)?" + SECTION + NOT_NEXT_CITATION);
    private static final Pattern PUBLIC_ACT = Pattern.compile("(?i)(?:P\\.\\s?A\\.|Public\\s+Acts?)\\s*(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern PUBLIC_ACT_MORE = Pattern.compile("(?i)" + JOIN + "(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern CASE = Pattern.compile(
            "^\\s*([A-Z][^,;]*?\\s+v\\.\\s+[^,;(]+?)\\s*(?:,|\\(|$)");

    private Citations() {
    }

    /** Every section {@code entry} cites, in the order written. */
    public static List<Citation> in(String entry) {
        List<Placed> found = new ArrayList<>();
        ilcs(entry, found);
        sections(entry, USC, "U.S.C.", found);
        sections(entry, CFR, "C.F.R.", found);
        sections(entry, ADMIN_CODE, "Ill. Admin. Code", found);
        publicActs(entry, found);
        cases(entry, found);
        return found.stream().sorted(Comparator.comparingInt(Placed::at)).map(Placed::citation).toList();
    }

    private static void ilcs(String entry, List<Placed> found) {
        Matcher m = ILCS.matcher(entry);
        while (m.find()) {
            String chapter = m.group(1) + " ILCS ";
            String act = m.group(2);
            found.add(new Placed(m.start(), new Citation(chapter + act, chapter + act + "/" + trim(m.group(3)))));
            Matcher more = ILCS_MORE.matcher(entry).region(m.end(), entry.length());
            while (more.find()) {
                String section = trim(more.group(2));
                if (more.group(1) == null && !section.contains("-")) {
                    break; // a bare number with no act and no dash is not an ILCS section
                }
                String actHere = more.group(1) == null ? act : more.group(1);
                found.add(new Placed(more.start(2), new Citation(chapter + actHere, chapter + actHere + "/" + section)));
                more.region(more.end(), entry.length());
            }
        }
    }

    private static void sections(String entry, Pattern anchor, String code, List<Placed> found) {
        Matcher m = anchor.matcher(entry);
        while (m.find()) {
            String statute = m.group(1) + " " + code;
            found.add(new Placed(m.start(), new Citation(statute, statute + " " + trim(m.group(2)))));
            Matcher more = SECTION_MORE.matcher(entry).region(m.end(), entry.length());
            while (more.find()) {
                found.add(new Placed(more.start(1), new Citation(statute, statute + " " + trim(more.group(1)))));
                more.region(more.end(), entry.length());
            }
        }
    }

    private static void publicActs(String entry, List<Placed> found) {
        Matcher m = PUBLIC_ACT.matcher(entry);
        while (m.find()) {
            found.add(new Placed(m.start(), publicAct(m.group(1), m.group(2))));
            Matcher more = PUBLIC_ACT_MORE.matcher(entry).region(m.end(), entry.length());
            while (more.find()) {
                found.add(new Placed(more.start(1), publicAct(more.group(1), more.group(2))));
                more.region(more.end(), entry.length());
            }
        }
    }

    private static Citation publicAct(String assembly, String number) {
        // "102-0123" and "102-123" are the same act
        return new Citation("Public Acts", "P.A. " + Integer.parseInt(assembly) + "-" + Integer.parseInt(number));
    }

    private static void cases(String entry, List<Placed> found) {
        int at = 0;
        for (String part : entry.split(";")) {
            Matcher m = CASE.matcher(part);
            if (m.find()) {
                found.add(new Placed(at + m.start(1), new Citation("Cases", trim(m.group(1)))));
            }
            at += part.length() + 1;
        }
    }

    private static String trim(String section) {
        return section.replaceAll("[.\\-]+$", "");
    }

    /** Whether two spellings name the same section. */
    public static boolean same(Citation a, Citation b) {
        return a.cite().replaceAll("\\s+", " ").equalsIgnoreCase(b.cite().replaceAll("\\s+", " "));
    }

    private record Placed(int at, Citation citation) {
    }
}
