package org.policydesk.gui.editor;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.TextArea;

/**
 * Keeps each closed draft editor's text area, and with it its undo and redo history, for the rest of the
 * session, so that Ctrl+Z still takes back the last edits after the draft's tab was closed and opened again.
 * A kept area is only handed back while its text is still the draft's saved text: if the draft changed in
 * the meantime (another editor, a comment edit, an adoption stamp), its history no longer fits and is dropped.
 */
public final class DraftUndoHistory {

    private final Map<Long, TextArea> kept = new HashMap<>();

    /** Keeps a closed editor's text area for the draft. */
    void keep(long versionId, TextArea area) {
        kept.put(versionId, area);
    }

    /** The draft's kept text area when it still shows {@code savedText}, or null; either way it is no longer kept. */
    TextArea take(long versionId, String savedText) {
        TextArea area = kept.remove(versionId);
        return area != null && area.getText().equals(savedText) ? area : null;
    }
}
