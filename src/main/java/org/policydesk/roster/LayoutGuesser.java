package org.policydesk.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.policydesk.model.ColumnMapping;
import org.policydesk.model.LayoutGuess;
import org.policydesk.model.LayoutGuess.ColumnGuess;
import org.policydesk.model.RosterField;
import org.policydesk.model.RosterPreset;

/**
 * Guesses a roster file's layout from a sample of its first rows: where the header is (if there is one),
 * whether a vendor preset matches, and which column holds which field. Header words and column contents are
 * both evidence; each guess carries a confidence. Reads only the rows it is given.
 */
public final class LayoutGuesser {

    /** Rows read to guess a layout: enough for every clue to be a share, few enough to stay fast. */
    public static final int SAMPLE_ROWS = 400;
    private static final double ACCEPT = 0.45;

    private final LocalDate today;

    public LayoutGuesser(LocalDate today) {
        this.today = today;
    }

    public LayoutGuess guess(List<RawRow> sample) {
        return guess(sample, null, null);
    }

    /**
     * As {@link #guess(List)}, with what the user said: whether the first row is a header (null: guess), and a
     * preset to read the file with (null: recognise one or guess).
     */
    public LayoutGuess guess(List<RawRow> sample, Boolean headerSaid, RosterPreset presetSaid) {
        List<RawRow> rows = sample.stream().filter(r -> !r.isBlank()).limit(SAMPLE_ROWS).toList();
        if (rows.isEmpty()) {
            return new LayoutGuess(null, 0, new ColumnMapping(null, false, null, null, List.of()), List.of(), 0, "");
        }
        int start = TableStart.firstWideRow(rows);
        List<String> first = rows.get(start).cells();
        // A header fixes the width (a spreadsheet row stops at its last filled cell, a broken row runs long);
        // without one, most rows say it.
        int width = Math.max(modalWidth(rows.subList(start, rows.size())), TableStart.lastFilled(first));
        Map<Integer, ColumnProfile> below = profiles(rows.subList(Math.min(start + 1, rows.size()), rows.size()), width);
        boolean header = headerSaid != null ? headerSaid
                : presetSaid != null ? !presetSaid.positional() : looksLikeHeader(first, below);
        Map<Integer, ColumnProfile> profiles = header ? below : profiles(rows.subList(start, rows.size()), width);
        long headerLine = header ? rows.get(start).line() : 0;
        if (header) {
            return fromHeader(first, width, profiles, headerLine, presetSaid);
        }
        return fromContent(width, profiles, presetSaid);
    }

    /** The guess for a mapping the user or a saved shape gives: every mapped column is certain. */
    public LayoutGuess given(List<RawRow> sample, ColumnMapping mapping, String presetName) {
        LayoutGuess guessed = guess(sample);
        List<ColumnGuess> columns = new ArrayList<>();
        for (ColumnGuess g : guessed.columns()) {
            RosterField field = null;
            for (ColumnMapping.Column c : mapping.columns()) {
                if (c.index() == g.index()) {
                    field = c.field();
                }
            }
            columns.add(new ColumnGuess(g.index(), g.header(), field, field == null ? 0 : 1.0, g.secret(), g.sample(),
                    field == null ? "not read" : "given"));
        }
        return new LayoutGuess(presetName, mapping.hasHeader() ? guessed.headerLine() : 0, mapping, columns,
                hasRequired(mapping) ? 1.0 : 0, guessed.shapeKey());
    }

    private Map<Integer, ColumnProfile> profiles(List<RawRow> rows, int width) {
        return ColumnProfile.of(rows.stream().map(RawRow::cells).toList(), width, today);
    }

    /**
     * A header names fields, or at least does not fit the columns below it: a word above a column of IDs, e-mail
     * addresses or dates. A row holding an e-mail address or a date is a person, not a header.
     */
    static boolean looksLikeHeader(List<String> row, Map<Integer, ColumnProfile> below) {
        int named = 0;
        int misfits = 0;
        int filled = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            filled++;
            ColumnProfile alone = new ColumnProfile(List.of(cell), LocalDate.of(2000, 1, 1));
            char kind = alone.kind();
            if (kind == 'e' || kind == 'd' || kind == 'i' && cell.chars().anyMatch(Character::isDigit)
                    && !cell.chars().anyMatch(Character::isLetter)) {
                return false;
            }
            if (!HeaderWords.scores(cell).isEmpty() || HeaderWords.isSecret(cell)) {
                named++;
            }
            ColumnProfile column = below.get(c);
            if (column != null && !column.isEmpty() && "ied".indexOf(column.kind()) >= 0 && kind != column.kind()) {
                misfits++;
            }
        }
        return filled > 0 && (named >= Math.max(1, filled * 0.3) || misfits >= 1 && below.size() > 0);
    }

    private LayoutGuess fromHeader(List<String> header, int width, Map<Integer, ColumnProfile> profiles,
                                   long headerLine, RosterPreset presetSaid) {
        Optional<RosterPresets.Match> preset = presetSaid != null && !presetSaid.positional()
                ? Optional.of(new RosterPresets.Match(presetSaid, 1.0)) : RosterPresets.matchHeader(header);
        List<Candidate> candidates = new ArrayList<>();
        boolean[] secret = new boolean[width];
        boolean[] fixed = new boolean[width];
        for (int c = 0; c < width; c++) {
            String h = c < header.size() ? header.get(c) : "";
            secret[c] = HeaderWords.isSecret(h);
            Optional<RosterPreset.Column> known = preset.flatMap(m -> RosterPresets.column(m.preset(), h));
            if (known.isPresent()) {
                fixed[c] = true;
                secret[c] |= known.get().secret();
                if (known.get().field() != null) {
                    candidates.add(new Candidate(c, known.get().field(), 0.98, "preset column \"" + h + "\""));
                }
                continue;
            }
            if (secret[c]) {
                continue;
            }
            Map<RosterField, Double> words = HeaderWords.scores(h);
            Map<RosterField, Double> content = profiles.get(c).scores();
            for (RosterField f : RosterField.values()) {
                double w = words.getOrDefault(f, 0.0);
                double k = content.getOrDefault(f, 0.0);
                double score;
                String reason;
                if (w >= 0.5) {
                    // The header says it; the values confirm or weaken it.
                    score = 0.7 * w + 0.3 * Math.max(k, profiles.get(c).isEmpty() ? 0.5 : 0);
                    reason = "header \"" + h + "\"" + (k >= 0.5 ? " and its values" : "");
                } else if (words.isEmpty()) {
                    score = 0.85 * k;
                    reason = "values look like " + f.label().toLowerCase(java.util.Locale.ROOT);
                } else {
                    score = Math.min(w, 0.4) + 0.3 * k;
                    reason = "header \"" + h + "\" (weak)";
                }
                if (score > 0.2) {
                    candidates.add(new Candidate(c, f, score, reason));
                }
            }
        }
        Map<Integer, Candidate> chosen = assign(candidates, true);
        dropBuildingNamesBesideCodes(chosen, header);
        return build(preset.map(m -> m.preset().label()).orElse(null), headerLine, header, width, profiles, secret,
                chosen, true, shapeOfHeader(header));
    }

    private LayoutGuess fromContent(int width, Map<Integer, ColumnProfile> profiles, RosterPreset presetSaid) {
        Optional<RosterPreset> positional = presetSaid != null && presetSaid.positional() ? Optional.of(presetSaid)
                : RosterPresets.all().stream()
                .filter(p -> p.positional() && p.columns().size() <= width)
                .filter(p -> fitsPositional(p, profiles)).findFirst();
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (positional.isPresent() && c < positional.get().columns().size()) {
                RosterField f = positional.get().columns().get(c).field();
                if (f != null) {
                    candidates.add(new Candidate(c, f, 0.85, "position " + (c + 1) + " of the preset"));
                }
                continue;
            }
            for (Map.Entry<RosterField, Double> e : profiles.get(c).scores().entrySet()) {
                if (e.getValue() > 0.2) {
                    candidates.add(new Candidate(c, e.getKey(), e.getValue(), "values look like "
                            + e.getKey().label().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        Map<Integer, Candidate> chosen = assign(candidates, false);
        StringBuilder pattern = new StringBuilder("p:" + width + ":");
        for (int c = 0; c < width; c++) {
            pattern.append(profiles.get(c).kind());
        }
        return build(positional.map(RosterPreset::label).orElse(null), 0, List.of(), width, profiles,
                new boolean[width], chosen, false, hash(pattern.toString()));
    }

    private static boolean fitsPositional(RosterPreset preset, Map<Integer, ColumnProfile> profiles) {
        for (int c = 0; c < preset.columns().size(); c++) {
            RosterField f = preset.columns().get(c).field();
            double score = profiles.get(c).scores().getOrDefault(f, 0.0);
            if (f == RosterField.EMPLOYEE_ID && score < 0.5 || (f == RosterField.LAST_NAME || f == RosterField.FIRST_NAME)
                    && Math.max(score, profiles.get(c).scores().getOrDefault(RosterField.LAST_NAME, 0.0)) < 0.3) {
                return false;
            }
        }
        // No column may plainly hold something else than its position says (a school where a middle name goes).
        for (int c = 0; c < preset.columns().size(); c++) {
            RosterField f = preset.columns().get(c).field();
            if (f != null && contradicts(profiles.get(c), f)) {
                return false;
            }
        }
        // The columns the preset does not read must still be ID-like (PersonID, StaffStateID).
        for (int c = 0; c < preset.columns().size(); c++) {
            if (preset.columns().get(c).field() == null
                    && profiles.get(c).scores().getOrDefault(RosterField.EMPLOYEE_ID, 0.0) < 0.5) {
                return false;
            }
        }
        return true;
    }

    /** The values fit another field well and this one hardly at all (first and last names count as one). */
    private static boolean contradicts(ColumnProfile profile, RosterField field) {
        Map<RosterField, Double> scores = profile.scores();
        if (scores.getOrDefault(field, 0.0) >= 0.3 || isName(field) && (scores.getOrDefault(RosterField.LAST_NAME, 0.0)
                >= 0.3 || scores.getOrDefault(RosterField.FIRST_NAME, 0.0) >= 0.3)) {
            return false;
        }
        return scores.entrySet().stream().anyMatch(e -> e.getKey() != field && e.getValue() >= 0.6);
    }

    private static boolean isName(RosterField field) {
        return field == RosterField.LAST_NAME || field == RosterField.FIRST_NAME || field == RosterField.MIDDLE_NAME;
    }

    /**
     * Strongest claims first: a column holds one field, and a field one column, except buildings, which may
     * fill several columns when headers name them (content alone names one).
     */
    private static Map<Integer, Candidate> assign(List<Candidate> candidates, boolean headed) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::column));
        Map<Integer, Candidate> chosen = new TreeMap<>();
        Set<RosterField> taken = EnumSet.noneOf(RosterField.class);
        for (Candidate c : sorted) {
            if (c.score() < ACCEPT || chosen.containsKey(c.column())) {
                continue;
            }
            boolean several = c.field().repeatable() && headed && c.reason().startsWith("preset")
                    || c.field().repeatable() && headed && c.reason().startsWith("header");
            if (taken.contains(c.field()) && !several) {
                continue;
            }
            chosen.put(c.column(), c);
            taken.add(c.field());
        }
        if (taken.contains(RosterField.LAST_NAME) && taken.contains(RosterField.FULL_NAME)) {
            chosen.values().removeIf(c -> c.field() == RosterField.FULL_NAME);
        }
        return chosen;
    }

    /** "School ID" and "School Name" name the same building twice; the code is kept. */
    private static void dropBuildingNamesBesideCodes(Map<Integer, Candidate> chosen, List<String> header) {
        List<Integer> buildings = chosen.values().stream().filter(c -> c.field() == RosterField.BUILDING)
                .map(Candidate::column).toList();
        boolean hasCode = buildings.stream().anyMatch(c -> !HeaderWords.words(header.get(c)).contains("name"));
        if (hasCode) {
            buildings.stream().filter(c -> HeaderWords.words(header.get(c)).contains("name"))
                    .forEach(chosen::remove);
        }
    }

    private LayoutGuess build(String presetLabel, long headerLine, List<String> header, int width,
                              Map<Integer, ColumnProfile> profiles, boolean[] secret, Map<Integer, Candidate> chosen,
                              boolean hasHeader, String shape) {
        List<ColumnGuess> columns = new ArrayList<>();
        List<ColumnMapping.Column> mapped = new ArrayList<>();
        Map<RosterField, Double> confidence = new EnumMap<>(RosterField.class);
        for (int c = 0; c < width; c++) {
            String h = c < header.size() ? header.get(c) : null;
            Candidate chosenHere = chosen.get(c);
            RosterField field = chosenHere == null ? null : chosenHere.field();
            double score = chosenHere == null ? 0 : Math.min(1.0, chosenHere.score());
            columns.add(new ColumnGuess(c, hasHeader ? h : null, field, round(score), secret[c],
                    profiles.get(c).sample(), chosenHere == null ? (secret[c] ? "password: never read" : "not read")
                    : chosenHere.reason()));
            if (field != null) {
                mapped.add(new ColumnMapping.Column(field, c, hasHeader ? h : null));
                confidence.merge(field, score, Math::min);
            }
        }
        // The home building comes first: the building column most rows fill ("Building 2" is mostly blank).
        List<ColumnMapping.Column> ordered = new ArrayList<>(mapped.stream()
                .filter(m -> m.field() != RosterField.BUILDING).toList());
        mapped.stream().filter(m -> m.field() == RosterField.BUILDING)
                .sorted(Comparator.comparingDouble((ColumnMapping.Column m) -> -profiles.get(m.index()).fill()))
                .forEach(ordered::add);
        ColumnMapping mapping = new ColumnMapping(null, hasHeader, null, null, ordered);
        double overall = !hasRequired(mapping) ? 0 : Math.min(confidence.get(RosterField.EMPLOYEE_ID),
                confidence.getOrDefault(RosterField.LAST_NAME, confidence.getOrDefault(RosterField.FULL_NAME, 0.0)));
        return new LayoutGuess(presetLabel, headerLine, mapping, columns, round(overall), shape);
    }

    private static boolean hasRequired(ColumnMapping mapping) {
        return mapping.maps(RosterField.EMPLOYEE_ID)
                && (mapping.maps(RosterField.LAST_NAME) || mapping.maps(RosterField.FULL_NAME));
    }

    /** The message for a guess that could not place a required field: which one, and every column with a sample. */
    public static Optional<String> missingFields(LayoutGuess guess, String sourceName) {
        List<String> missing = new ArrayList<>();
        if (!guess.mapping().maps(RosterField.EMPLOYEE_ID)) {
            missing.add("the employee ID");
        }
        if (!guess.mapping().maps(RosterField.LAST_NAME) && !guess.mapping().maps(RosterField.FULL_NAME)) {
            missing.add("the name (a last-name column or a \"Last, First\" column)");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("PolicyDesk cannot tell which column of " + sourceName + " holds "
                + String.join(" or ", missing) + ". Name it with --map FIELD=COLUMN (or pick it in the window)."
                + " The columns are:");
        for (ColumnGuess c : guess.columns()) {
            sb.append("\n  ").append(c.describe());
            if (c.field() != null) {
                sb.append(" → ").append(c.field().key());
            }
        }
        return Optional.of(sb.toString());
    }

    private static String shapeOfHeader(List<String> header) {
        StringBuilder sb = new StringBuilder("h:");
        header.forEach(h -> sb.append(HeaderWords.key(h)).append('|'));
        return hash(sb.toString());
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int modalWidth(List<RawRow> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (RawRow r : rows) {
            counts.merge(r.cells().size(), 1, Integer::sum);
        }
        int mode = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        return mode;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private record Candidate(int column, RosterField field, double score, String reason) {
    }
}
