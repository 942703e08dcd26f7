package org.policydesk.gui.policies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.policydesk.gui.common.BackgroundTasks;
import org.policydesk.gui.common.UserMessages;
import org.policydesk.model.PolicyDetail;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.PolicySummary;
import org.policydesk.model.PolicyVersion;
import org.policydesk.service.library.ImportException;
import org.policydesk.service.library.PolicyService;

/**
 * State of the policies screen: the list and its filter, the selected policy and the version shown,
 * and importing. Every service call goes through {@link BackgroundTasks}; every callback lands on the FX
 * thread, and a generation counter drops answers that a newer request has overtaken.
 */
public final class MainViewModel {
    static final String NO_POLICIES = "No policies yet — drop PRESS text files here or use File › Import";
    static final String LOADING = "Opening your policies…";

    private final PolicyService service;
    private final BackgroundTasks tasks;

    private final ShownPolicies visiblePolicies = new ShownPolicies();
    private final ObservableList<PolicyVersion> versions = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyStringWrapper listPlaceholder = new ReadOnlyStringWrapper(this, "listPlaceholder", LOADING);
    private final ReadOnlyBooleanWrapper storeEmpty = new ReadOnlyBooleanWrapper(this, "storeEmpty", false);
    /** False until the store's list has arrived once: before that the store is still opening. */
    private final ReadOnlyBooleanWrapper listLoaded = new ReadOnlyBooleanWrapper(this, "listLoaded", false);
    private final ReadOnlyObjectWrapper<PolicySummary> selectedPolicy = new ReadOnlyObjectWrapper<>(this, "selectedPolicy");
    private final ReadOnlyObjectWrapper<PolicyDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<ImportReport> importReport = new ReadOnlyObjectWrapper<>(this, "importReport");

    private Map<PolicyNumber, PolicySummary> byNumber = Map.of();
    private SearchIndex index = SearchIndex.EMPTY;
    private BackgroundTasks.Handle filterJob;
    private int filterGeneration;
    private int detailGeneration;
    private int listGeneration;
    /** A policy to open as soon as the list has loaded ({@code --open 5:125}). */
    private PolicyNumber openWhenLoaded;

    public MainViewModel(PolicyService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        filterText.addListener((o, old, text) -> applyFilter());
    }

    /** Loads the list, then the full text for filtering; selects {@code selectId} when given. */
    public void refresh(Long selectId) {
        int generation = ++listGeneration;
        tasks.run("Loading policies", p -> {
            List<PolicySummary> list = service.listPolicies();
            return new Loaded(list, SearchIndex.of(list, Map.of()));
        }, loaded -> {
            if (generation != listGeneration) {
                return;
            }
            showList(loaded);
            if (selectId != null) {
                visiblePolicies.all().stream().filter(s -> s.id() == selectId).findFirst().ifPresent(this::reveal);
            } else if (openWhenLoaded != null) {
                openPolicy(openWhenLoaded);
                openWhenLoaded = null;
            }
            loadFullText(generation, loaded.list());
        }, this::failed);
    }

    /** The searchable text can be megabytes; it arrives after the list so the list shows at once. */
    private void loadFullText(int generation, List<PolicySummary> list) {
        tasks.runQuietly(p -> SearchIndex.of(list, service.searchableText()), full -> {
            if (generation == listGeneration) {
                index = full;
                applyFilter();
            }
        }, this::failed);
    }

    private void showList(Loaded loaded) {
        Map<PolicyNumber, PolicySummary> numbers = new HashMap<>();
        for (PolicySummary s : loaded.list()) {
            if (s.number() != null) {
                numbers.putIfAbsent(s.number(), s);
            }
        }
        byNumber = numbers;
        index = loaded.index();
        visiblePolicies.setAll(loaded.list(), visiblePolicies.shownIds());
        storeEmpty.set(loaded.list().isEmpty());
        listLoaded.set(true);
        PolicySummary selected = selectedPolicy.get();
        if (selected != null) {
            // Keep the reader on the same policy, with its fresh summary (status may have changed).
            loaded.list().stream().filter(s -> s.id() == selected.id()).findFirst().ifPresent(selectedPolicy::set);
        }
        applyFilter();
    }

    private void applyFilter() {
        String query = filterText.get();
        int generation = ++filterGeneration;
        if (filterJob != null) {
            filterJob.cancel();
        }
        if (SearchIndex.isBlank(query)) {
            showOnly(null);
            return;
        }
        SearchIndex searched = index;
        filterJob = tasks.runQuietly(p -> searched.matching(query, p::isCancelled), (Set<Long> ids) -> {
            if (generation == filterGeneration) {
                showOnly(ids);
            }
        }, this::failed);
    }

    /**
     * Lets only these policies through (null: all). The swap is the only filtering work on the FX thread, and
     * it makes the table refill the visible rows whose policy changed, so a keystroke that leaves the same
     * policies matching (most keystrokes within a common word) does not swap at all.
     */
    private void showOnly(Set<Long> ids) {
        visiblePolicies.show(ids);
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        if (!listLoaded.get()) {
            return; // still "Opening your policies…", whatever is typed into the filter meanwhile
        }
        if (visiblePolicies.all().isEmpty()) {
            listPlaceholder.set(NO_POLICIES);
        } else {
            listPlaceholder.set("No policy matches “" + filterText.get().strip() + "”");
        }
    }

    /** Shows a policy from the list in the reader (null clears the reader). */
    public void select(PolicySummary summary) {
        PolicySummary current = selectedPolicy.get();
        if (summary != null && current != null && current.id() == summary.id()) {
            return;
        }
        selectedPolicy.set(summary);
        if (summary == null) {
            ++detailGeneration;
            detail.set(null);
            versions.clear();
        } else {
            loadDetail(summary.id(), null);
        }
    }

    /** Switches the reader to another version of the policy shown. */
    public void showVersion(PolicyVersion version) {
        PolicyDetail shown = detail.get();
        if (version == null || shown == null || shown.shown().seq() == version.seq()) {
            return;
        }
        loadDetail(shown.summary().id(), version.seq());
    }

    private void loadDetail(long policyId, Integer seq) {
        int generation = ++detailGeneration;
        tasks.runQuietly(p -> service.policy(policyId, seq), (Optional<PolicyDetail> loaded) -> {
            if (generation == detailGeneration) {
                // Versions first: the view picks the shown one out of this list when the detail changes.
                versions.setAll(loaded.map(PolicyDetail::versions).orElse(List.of()));
                detail.set(loaded.orElse(null));
            }
        }, this::failed);
    }

    /** Reloads the list and the policy in the reader, showing version {@code seq} (null: the latest). */
    public void reload(Integer seq) {
        PolicyDetail shown = detail.get();
        refresh(shown == null ? null : shown.summary().id());
        if (shown != null) {
            loadDetail(shown.summary().id(), seq);
        }
    }

    /** Reloads the version shown in the reader (after its draft was saved elsewhere). */
    public void reloadDetail() {
        PolicyDetail shown = detail.get();
        if (shown != null) {
            loadDetail(shown.summary().id(), shown.shown().seq());
        }
    }

    /** Opens the policy with this number once the list has loaded (at start-up, from the command line). */
    public void openWhenLoaded(PolicyNumber number) {
        openWhenLoaded = number;
    }

    /** True when the store holds a policy with this number, so a cross reference can link to it. */
    public boolean hasPolicy(PolicyNumber number) {
        return byNumber.containsKey(number);
    }

    /** Selects the policy with this number, clearing the filter if it hides it; false when not stored. */
    public boolean openPolicy(PolicyNumber number) {
        PolicySummary target = byNumber.get(number);
        if (target == null) {
            return false;
        }
        reveal(target);
        return true;
    }

    private void reveal(PolicySummary target) {
        if (!visiblePolicies.contains(target)) {
            filterText.set("");
        }
        select(target);
    }

    /** Imports files one by one with progress; a report and a refreshed list follow. */
    public void importFiles(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> toImport = List.copyOf(files);
        tasks.runCancellable("Importing policies", p -> importAll(toImport, p), report -> {
            importReport.set(report);
            tasks.showMessage(report.summary());
            refresh(report.lastPolicyId().orElse(null));
        }, this::failed);
    }

    private ImportReport importAll(List<Path> files, BackgroundTasks.Progress progress) {
        List<ImportReport.Line> lines = new ArrayList<>();
        int total = files.size();
        for (Path file : files) {
            if (progress.isCancelled()) {
                return new ImportReport(lines, total, true);
            }
            String name = String.valueOf(file.getFileName());
            progress.update(lines.size(), total, "Importing " + (lines.size() + 1) + " of " + total + ": " + name);
            lines.add(importOne(file, name));
        }
        progress.update(total, total, null);
        return new ImportReport(lines, total, false);
    }

    private ImportReport.Line importOne(Path file, String name) {
        try {
            return ImportReport.Line.of(service.importFile(file));
        } catch (ImportException e) {
            log().info("Not imported: {}", e.getMessage()); // so that "Open log" on the report finds it too
            return ImportReport.Line.failed(name, UserMessages.oneSentence(e));
        } catch (RuntimeException e) {
            log().warn("Import of {} failed", file, e);
            return ImportReport.Line.failed(name, "Could not be imported: " + UserMessages.oneSentence(e));
        }
    }

    private void failed(Throwable failure) {
        log().error("Background work failed", failure);
        tasks.showFailure(failure);
    }

    /** The policies the filter lets through, in the service's order. */
    public ObservableList<PolicySummary> visiblePolicies() {
        return visiblePolicies;
    }

    public ObservableList<PolicyVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    /** What the user typed into the filter; the only input the view writes to. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Text for the empty list: no policies at all, or none matching the filter. */
    public ReadOnlyStringProperty listPlaceholderProperty() {
        return listPlaceholder.getReadOnlyProperty();
    }

    /** True once loaded when the store holds no policy at all: the screen then invites an import. */
    public ReadOnlyBooleanProperty storeEmptyProperty() {
        return storeEmpty.getReadOnlyProperty();
    }

    /** True once the store's list has arrived; until then the store is still opening. */
    public ReadOnlyBooleanProperty listLoadedProperty() {
        return listLoaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PolicySummary> selectedPolicyProperty() {
        return selectedPolicy.getReadOnlyProperty();
    }

    /** The policy in the reader and the version shown, or null. */
    public ReadOnlyObjectProperty<PolicyDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The result of the last import, for the report dialog. */
    public ReadOnlyObjectProperty<ImportReport> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    private record Loaded(List<PolicySummary> list, SearchIndex index) {
    }

    /** Asked for when needed: the view model is built before the window shows, and Logback must wait (decision 0060). */
    private static Logger log() {
        return LoggerFactory.getLogger(MainViewModel.class);
    }
}
