package org.policydesk.gui.common;

/** CSS class names used from Java, all in one place; the rules and every colour live in policydesk.css. */
public final class Styles {
    public static final String STYLESHEET = "/org/policydesk/gui/policydesk.css";

    public static final String SIDEBAR = "sidebar";
    public static final String FILTER_FIELD = "filter-field";
    public static final String POLICY_TABLE = "policy-table";
    /** Pseudo-class of a status cell for a version not (yet) adopted: draft, first reading and the like. */
    public static final String STATUS_PENDING = "status-pending";
    public static final String PLACEHOLDER = "placeholder";
    public static final String DROP_TARGET = "drop-target";

    public static final String READER = "reader";
    public static final String READER_TOOLBAR = "reader-toolbar";
    public static final String DOCUMENT = "document";
    public static final String DOC_STATUS = "doc-status";
    public static final String DOC_SECTION = "doc-section";
    public static final String DOC_TITLE = "doc-title";
    public static final String DOC_HEADING = "doc-heading";
    public static final String DOC_PARAGRAPH = "doc-paragraph";
    public static final String DOC_LIST_ITEM = "doc-list-item";
    public static final String DOC_LIST_LABEL = "doc-list-label";
    public static final String DOC_REF_HEADING = "doc-ref-heading";
    public static final String DOC_REF = "doc-ref";
    public static final String DOC_REF_MISSING = "doc-ref-missing";
    public static final String DOC_HISTORY = "doc-history";
    public static final String DOC_FOOTNOTES = "doc-footnotes";
    public static final String DOC_FOOTNOTE = "doc-footnote";
    public static final String DOC_FOOTNOTE_NUMBER = "doc-footnote-number";

    public static final String RUN_BOLD = "run-bold";
    public static final String RUN_ITALIC = "run-italic";
    public static final String RUN_LINK = "run-link";
    /** A PRESSPlus reference number, drawn small and raised like a footnote mark. */
    public static final String MARKER = "marker";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String STARTUP = "startup";
    public static final String STARTUP_ERROR = "startup-error";
    public static final String STARTUP_TITLE = "startup-title";
    public static final String STARTUP_ERROR_TEXT = "startup-error-text";

    public static final String REPORT_FILE = "report-file";
    public static final String REPORT_OK = "report-ok";
    public static final String REPORT_SAME = "report-same";
    public static final String REPORT_ERROR = "report-error";
    public static final String REPORT_WARNING = "report-warning";

    public static final String NAVIGATION = "navigation";
    public static final String EDITOR_TEXT = "editor-text";
    public static final String EDITOR_TOOLBAR = "editor-toolbar";
    public static final String EDITOR_SAVED = "editor-saved";
    public static final String FINDING_PROBLEM = "finding-problem";
    public static final String FINDING_HINT = "finding-hint";
    public static final String FINDINGS = "findings";
    public static final String FIND_BAR = "find-bar";
    public static final String REDLINE = "redline";
    public static final String REDLINE_INSERTED = "redline-inserted";
    public static final String REDLINE_DELETED = "redline-deleted";
    public static final String REDLINE_COMMENT = "redline-comment";
    public static final String REDLINE_LINE = "redline-line";
    public static final String SEARCH_HIT = "search-hit";
    public static final String SEARCH_SNIPPET = "search-snippet";
    public static final String SECTION_TITLE = "section-title";
    public static final String PLACE = "place";
    public static final String VERSION_ACTIONS = "version-actions";
    public static final String READ_ONLY_NOTE = "read-only-note";
    public static final String PACKET_FORM = "packet-form";
    public static final String PACKET_PREVIEW = "packet-preview";
    /** One previewed page of a board packet. */
    public static final String PACKET_PAGE = "packet-page";
    /** The line under a roster preview or import: counts, or what went wrong. */
    public static final String ROSTER_SUMMARY = "roster-summary";
    /** The per-building numbers of a roster check. */
    public static final String TALLY_TABLE = "tally-table";
    /** The fold-out history of a policy or employee, from the audit trail. */
    public static final String HISTORY_PANEL = "history-panel";
    /** The Settings place, its groups and the notes under them. */
    public static final String SETTINGS_GROUP = "settings-group";
    public static final String SETTINGS_NOTE = "settings-note";

    private Styles() {
    }
    /** Pseudo-class of the status message while it shows a failure (with "Open log" beside it). */
    public static final String STATUS_FAILURE = "failure";
}
