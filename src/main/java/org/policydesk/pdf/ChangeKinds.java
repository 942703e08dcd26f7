package org.policydesk.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.model.Block;
import org.policydesk.model.BlockKind;
import org.policydesk.model.ChangeKind;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.Reading;
import org.policydesk.model.RedlineSegment;
import org.policydesk.text.Redline;

/** Decides what kind of change a draft makes, and what the memo recommends for it. */
public final class ChangeKinds {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKER = Pattern.compile("PRESSPlus\\d+");

    private ChangeKinds() {
    }

    /** New without an adopted text; editorial when the words (markers aside) are the same; else revised. */
    public static ChangeKind classify(PolicyDocument adopted, PolicyDocument draft) {
        if (adopted == null) {
            return ChangeKind.NEW;
        }
        String older = Redline.readingText(withoutStatus(adopted));
        String newer = Redline.readingText(withoutStatus(draft));
        return words(older).equals(words(newer)) ? ChangeKind.EDITORIAL : ChangeKind.REVISED;
    }

    /** Editorial changes go on the consent agenda; others to the reading the meeting holds. */
    public static String action(ChangeKind change, Reading reading) {
        if (change == ChangeKind.EDITORIAL) {
            return "Consent agenda";
        }
        return reading == Reading.FIRST ? "First reading" : "Second reading and adoption";
    }

    /** The word-level redline the packet prints: the status line is left out (it always differs). */
    public static List<RedlineSegment> redline(PolicyDocument adopted, PolicyDocument draft) {
        return new Redline().compare(withoutStatus(adopted), withoutStatus(draft));
    }

    /** The draft's blocks in the order the redline's lines follow them. */
    static List<Block> comparedBlocks(PolicyDocument doc) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : withoutStatus(doc).blocks()) {
            switch (b.kind()) {
                case BLANK, COMMENT, COMMENTS_HEADING, PAGE_FURNITURE -> { }
                default -> blocks.add(b);
            }
        }
        return blocks;
    }

    static PolicyDocument withoutStatus(PolicyDocument d) {
        List<Block> blocks = d.blocks().stream().filter(b -> b.kind() != BlockKind.STATUS).toList();
        return new PolicyDocument(d.sourceText(), d.statusLabel(), d.section(), d.number(), d.title(), blocks,
                d.legalRefs(), d.crossRefs(), d.history(), d.comments(), d.markers(), d.warnings());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(MARKER.matcher(text).replaceAll(" "));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
