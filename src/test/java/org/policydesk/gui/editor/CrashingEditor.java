package org.policydesk.gui.editor;

import java.nio.file.Path;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.model.PolicyNumber;
import org.policydesk.service.common.Workspace;
import org.policydesk.service.common.Workspaces;

/**
 * Run in a child JVM by {@link AutosaveCrashTest}: edits the 5:125 draft, lets autosave write it, types some
 * more, and then dies on the spot without closing anything, as a killed or crashed PolicyDesk would.
 */
public final class CrashingEditor {

    private CrashingEditor() {
    }

    public static void main(String[] args) {
        Workspace workspace = Workspaces.open(Path.of(args[0]));
        long draft = workspace.library().resolve(PolicyNumber.parse("5:125"), null, true).id();
        DraftEditorViewModel editor = new DraftEditorViewModel(workspace.library(), BackgroundTasks.sameThread(), draft);
        editor.load();
        String typed = editor.text().replace("Introduction", "Introduction (typed before the crash)");
        editor.edited(typed, typed.indexOf("(typed"));
        editor.autosave();
        editor.edited(typed + "\nlost in the last two seconds", typed.length());
        System.out.println("autosaved");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
