package org.policydesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.policydesk.model.PolicyDocument;
import org.policydesk.model.RedlineSegment;
import org.policydesk.text.PressParser;
import org.policydesk.text.Redline;

/**
 * Redline of a 30 KB policy against an edited copy (words changed, sentences inserted and deleted throughout),
 * parsing both texts included, as the service does. Goal: at most 50 ms.
 */
final class RedlineBenchmark implements Benchmark {

    @Override
    public String name() {
        return "redline of a 30 KB policy";
    }

    @Override
    public List<BenchResult> run() {
        PolicyGenerator generator = new PolicyGenerator(11);
        String older = generator.policy(3, 1);
        for (int p = 2; older.length() < 30_000; p++) {
            older = generator.policy(3, p);
        }
        String newer = edit(older);
        PressParser parser = new PressParser();
        Redline redline = new Redline();
        int changes = 0;
        for (int i = 0; i < 30; i++) {
            changes = run(parser, redline, older, newer);
        }
        double[] ms = new double[60];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            run(parser, redline, older, newer);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        if (changes == 0) {
            throw new IllegalStateException("the edited copy shows no changes");
        }
        return List.of(
                new BenchResult("redline.30kb_policy_bytes", older.length(), "chars", null),
                new BenchResult("redline.30kb_changed_runs", changes, "runs", null),
                new BenchResult("redline.30kb_median", ms[ms.length / 2], "ms", "<= 50"),
                new BenchResult("redline.30kb_p95", ms[(int) (ms.length * 0.95)], "ms", "<= 50"));
    }

    private static int run(PressParser parser, Redline redline, String older, String newer) {
        PolicyDocument a = parser.parse(older);
        PolicyDocument b = parser.parse(newer);
        List<RedlineSegment> segments = redline.compare(a, b);
        return (int) segments.stream().filter(s -> s.change() != RedlineSegment.Change.SAME).count();
    }

    /** Every 7th word changed, every 5th paragraph gets a sentence, every 9th loses one. */
    private static String edit(String text) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n", -1)));
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() < 80) {
                continue;
            }
            String[] words = p.split(" ");
            for (int w = 3; w < words.length; w += 7) {
                words[w] = words[w].toUpperCase(java.util.Locale.ROOT);
            }
            p = String.join(" ", words);
            if (i % 5 == 0) {
                p = p + " The Superintendent shall report annually to the Board.";
            }
            if (i % 9 == 0 && p.indexOf(". ") > 0) {
                p = p.substring(p.indexOf(". ") + 2);
            }
            paragraphs.set(i, p);
        }
        return String.join("\n\n", paragraphs);
    }
}
