package org.policydesk.gui.common;

import org.policydesk.service.common.Progress;

/** A service's progress (a fraction and a note) reported to the status area, in thousandths. */
public final class ServiceProgress {

    private ServiceProgress() {
    }

    public static Progress of(BackgroundTasks.Progress progress) {
        return new Progress() {
            @Override
            public void update(double fraction, String note) {
                progress.update(Math.round(fraction * 1000), 1000, note);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
