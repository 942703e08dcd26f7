package org.policydesk.bench;

import java.util.List;
import java.util.Random;

/**
 * Makes PRESS-shaped policy texts for benchmarks: a status line, section, number and title, headings,
 * paragraphs, numbered and lettered lists, LEGAL REF, CROSS REF, a history line and PRESSPlus comments.
 * The same seed gives the same texts, so runs are comparable.
 */
public final class PolicyGenerator {

    private static final List<String> WORDS = List.of("district", "board", "policy", "employee", "student",
            "superintendent", "shall", "may", "school", "information", "technology", "records", "annual", "training",
            "building", "principal", "parents", "guardians", "community", "law", "procedure", "review", "notice",
            "safety", "conduct", "professional", "electronic", "network", "report", "responsible", "including",
            "without", "limitation", "reasonable", "appropriate", "federal", "State", "Illinois", "the", "and", "of",
            "to", "in", "for", "with", "any", "all", "its");
    private static final List<String> SECTIONS = List.of("School District Organization", "School Board",
            "General School Administration", "Operational Services", "General Personnel", "Instruction", "Students",
            "Community Relations");

    private final Random random;

    public PolicyGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Policy number {@code chapter:(10 * index)} with about {@code paragraphs} body paragraphs. */
    public String policy(int index, int paragraphs) {
        int chapter = 1 + index % 8;
        int number = 10 * (1 + index / 8);
        StringBuilder out = new StringBuilder(paragraphs * 500);
        out.append("Document Status: Draft Update\n\n");
        out.append(SECTIONS.get(chapter - 1)).append("\n\n");
        out.append(chapter).append(':').append(number).append(' ').append(title()).append("\n\n");
        int marker = 0;
        for (int p = 0; p < paragraphs; p++) {
            if (p % 4 == 0) {
                out.append(capitalise(words(2 + random.nextInt(3)))).append("\n\n");
            }
            if (p % 3 == 2) {
                for (int item = 1; item <= 4; item++) {
                    out.append(item).append(". ").append(sentence(12)).append('\n');
                    if (item == 2) {
                        out.append(" - a. ").append(sentence(8)).append('\n');
                        out.append(" - b. ").append(sentence(8)).append('\n');
                    }
                }
                out.append('\n');
            } else {
                out.append(sentence(25));
                if (marker < 2 && p % 5 == 1) {
                    out.append(" PRESSPlus").append(++marker);
                }
                out.append(" **").append(words(3)).append("** and *").append(words(2)).append("* ")
                        .append(sentence(20)).append("\n\n");
            }
        }
        out.append("LEGAL REF.:\n\n");
        for (int r = 0; r < 4; r++) {
            out.append("[105 ILCS 5/").append(10 + r).append("-").append(random.nextInt(30)).append("](#), ")
                    .append(capitalise(words(3))).append(" Act.\n\n");
        }
        out.append("CROSS REF.: ");
        for (int r = 0; r < 5; r++) {
            out.append(r == 0 ? "" : ", ").append(1 + random.nextInt(8)).append(':').append(10 * (1 + random.nextInt(40)))
                    .append(" (").append(title()).append(')');
        }
        out.append("\n\nAdopted: June 21, 2023\n\nPRESSPlus Comments\n\n");
        for (int c = 1; c <= Math.max(1, marker); c++) {
            out.append("PRESSPlus ").append(c).append(". Updated for continuous improvement. **Issue 117, October 2024**\n\n");
        }
        return out.toString();
    }

    private String title() {
        return capitalise(words(3 + random.nextInt(4)));
    }

    private String sentence(int words) {
        return capitalise(words(words)) + ".";
    }

    private String words(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
