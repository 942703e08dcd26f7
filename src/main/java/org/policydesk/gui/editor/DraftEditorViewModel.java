package org.policydesk.gui.editor;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.DraftFinding;
import org.policydesk.model.DraftState;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyDocument;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.service.library.LibraryService;

/**
 * The draft editor: the text being edited, its live preview and checks, and saving. The view calls
 * {@link #edited} on every change and {@link #autosave} a couple of seconds after typing stops; saving
 * runs in the background and writes the text and caret to the store, so a crash loses at most those seconds.
 */
public final class DraftEditorViewModel {
    public static final String SAVED = "All changes saved";
    static final String UNSAVED = "Unsaved changes…";
    static final String SAVING = "Saving…";

    private final LibraryService library;
    private final BackgroundTasks tasks;
    private final long versionId;

    private final ReadOnlyObjectWrapper<DraftState> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<PolicyDetail> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<DraftFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    private String text = "";
    private int caret;
    private boolean saving;
    private int previewGeneration;
    /** Called after each save that reached the store (the main list then shows the new title or status). */
    private Runnable onSaved = () -> { };

    public DraftEditorViewModel(LibraryService library, BackgroundTasks tasks, long versionId) {
        this.library = library;
        this.tasks = tasks;
        this.versionId = versionId;
    }

    /** Loads the draft's saved text and caret; the view fills its editor from {@link #loadedProperty()}. */
    public void load() {
        tasks.runQuietly(p -> library.openDraft(versionId), state -> {
            text = state.text();
            caret = state.caret();
            dirty.set(false);
            saveState.set(SAVED);
            loaded.set(state);
            refreshPreview();
        }, this::failed);
    }

    /** The user changed the text or moved the caret. */
    public void edited(String newText, int newCaret) {
        if (loaded.get() == null) {
            return;
        }
        boolean changed = !newText.equals(text);
        text = newText;
        caret = newCaret;
        if (changed) {
            dirty.set(true);
            saveState.set(UNSAVED);
        }
    }

    /** Saves now if anything changed: what the autosave timer and Ctrl+S call. */
    public void autosave() {
        if (loaded.get() == null || saving) {
            return;
        }
        if (!dirty.get()) {
            // The caret still moves on reopen even when the text did not change.
            String t = text;
            int c = caret;
            tasks.runQuietly(p -> library.saveDraft(versionId, t, c), v -> { }, this::failed);
            return;
        }
        saving = true;
        String t = text;
        int c = caret;
        saveState.set(SAVING);
        tasks.runQuietly(p -> library.saveDraft(versionId, t, c), v -> {
            saving = false;
            if (t.equals(text)) {
                dirty.set(false);
                saveState.set(SAVED);
            } else {
                autosave(); // typing went on while saving
            }
            onSaved.run();
        }, failure -> {
            saving = false;
            failed(failure);
        });
    }

    /** Re-reads the text for the preview and the checks, in the background. */
    public void refreshPreview() {
        DraftState state = loaded.get();
        if (state == null) {
            return;
        }
        int generation = ++previewGeneration;
        String t = text;
        tasks.runQuietly(p -> new Checked(library.parse(t), library.check(t)), checked -> {
            if (generation != previewGeneration) {
                return;
            }
            PolicyVersion v = state.version();
            PolicyDocument doc = checked.document();
            PolicySummary summary = new PolicySummary(v.policyId(), doc.number() != null ? doc.number() : state.number(),
                    doc.title(), doc.section(), v.status(), doc.statusLabel(), v.pressIssue(), v.seq());
            preview.set(new PolicyDetail(summary, List.of(v), v, doc));
            findings.setAll(checked.findings());
        }, this::failed);
    }

    /** Rewrites (or adds) a PRESSPlus comment in the editor's text; {@code apply} gets the new text. */
    public void editComment(int n, String wording, Integer issue, java.time.YearMonth issued,
                            java.util.function.Consumer<String> apply) {
        String t = text;
        tasks.runQuietly(p -> library.withComment(t, n, wording, issue, issued), apply, this::failed);
    }

    private record Checked(PolicyDocument document, List<DraftFinding> findings) {
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    private void failed(Throwable failure) {
        saveState.set("Not saved: " + UserMessages.oneSentence(failure));
        tasks.showFailure(failure);
    }

    public long versionId() {
        return versionId;
    }

    public String text() {
        return text;
    }

    public ReadOnlyObjectProperty<DraftState> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The draft as the board would read it, rebuilt shortly after each change. */
    public ReadOnlyObjectProperty<PolicyDetail> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<DraftFinding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    // ---- text operations the view applies to its text area ----------------------------------------

    /** A text with its new selection. */
    public record Edit(String text, int selectionStart, int selectionEnd) {
    }

    /** Wraps the selection in {@code mark} ("**" bold, "*" italic), or unwraps it when it is wrapped already. */
    public static Edit toggle(String text, int start, int end, String mark) {
        int s = Math.min(start, end);
        int e = Math.max(start, end);
        int m = mark.length();
        if (s >= m && e + m <= text.length() && text.startsWith(mark, s - m) && text.startsWith(mark, e)) {
            String out = text.substring(0, s - m) + text.substring(s, e) + text.substring(e + m);
            return new Edit(out, s - m, e - m);
        }
        String out = text.substring(0, s) + mark + text.substring(s, e) + mark + text.substring(e);
        return new Edit(out, s + m, e + m);
    }

    /** The next occurrence of {@code query} at or after {@code from}, wrapping around; -1 when none. */
    public static int find(String text, String query, int from, boolean matchCase) {
        if (query == null || query.isEmpty()) {
            return -1;
        }
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int at = hay.indexOf(needle, Math.max(0, Math.min(from, hay.length())));
        return at >= 0 ? at : hay.indexOf(needle);
    }

    /** Every occurrence replaced; the count says how many. */
    public record Replaced(String text, int count) {
    }

    public static Replaced replaceAll(String text, String query, String replacement, boolean matchCase) {
        if (query == null || query.isEmpty()) {
            return new Replaced(text, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        int at = 0;
        while (true) {
            int next = find(text, query, at, matchCase);
            if (next < at) {
                break;
            }
            out.append(text, at, next).append(replacement);
            at = next + query.length();
            count++;
        }
        out.append(text.substring(at));
        return new Replaced(out.toString(), count);
    }

    /** The offset where 1-based {@code line} starts, for jumping from a finding to its line. */
    public static int lineStart(String text, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return Math.max(0, at);
    }
}
