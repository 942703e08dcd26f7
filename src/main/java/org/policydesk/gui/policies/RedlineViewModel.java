package org.policydesk.gui.policies;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.DocumentFormats;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyVersion;
import org.policydesk.model.RedlineReport;
import org.policydesk.model.VersionDating;
import org.policydesk.service.library.LibraryService;
import org.policydesk.service.library.PolicyService;

/** A redline of two versions of one policy; any two versions can be chosen, however old. */
public final class RedlineViewModel {

    private final LibraryService library;
    private final PolicyService policies;
    private final BackgroundTasks tasks;
    private final long policyId;
    private final ReadOnlyObjectWrapper<RedlineReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private int generation;
    /** The policy with its versions and their dates, as last loaded. */
    private PolicyDetail detail;

    public RedlineViewModel(LibraryService library, PolicyService policies, BackgroundTasks tasks, long policyId) {
        this.library = library;
        this.policies = policies;
        this.tasks = tasks;
        this.policyId = policyId;
    }

    /** Compares two versions; null seqs mean the default pair (latest draft against the adopted text). */
    public void compare(Integer fromSeq, Integer toSeq) {
        int g = ++generation;
        tasks.runQuietly(p -> new Loaded(library.redline(policyId, fromSeq, toSeq), policies.policy(policyId, null)),
                loaded -> {
                    if (g == generation) {
                        detail = loaded.detail().orElse(null);
                        versions.setAll(detail == null ? java.util.List.of() : detail.versions());
                        report.set(loaded.report());
                    }
                }, failure -> tasks.showFailure(failure));
    }

    private record Loaded(RedlineReport report, java.util.Optional<PolicyDetail> detail) {
    }

    /** How a version in the lists reads: with its adoption or status date. */
    String label(PolicyVersion version) {
        return DocumentFormats.version(version, detail == null ? VersionDating.UNKNOWN : detail.dating(version));
    }

    public ReadOnlyObjectProperty<RedlineReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<PolicyVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }
}
