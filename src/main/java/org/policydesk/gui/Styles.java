package org.policydesk.gui;

/** CSS class names used from Java, all in one place; the rules and every colour live in policydesk.css. */
public final class Styles {
    public static final String STYLESHEET = "/org/policydesk/gui/policydesk.css";

    public static final String SIDEBAR = "sidebar";
    public static final String FILTER_FIELD = "filter-field";
    public static final String POLICY_TABLE = "policy-table";
    /** A status cell for a version not (yet) adopted: draft, first reading and the like. */
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

    public static final String REPORT_FILE = "report-file";
    public static final String REPORT_OK = "report-ok";
    public static final String REPORT_SAME = "report-same";
    public static final String REPORT_ERROR = "report-error";
    public static final String REPORT_WARNING = "report-warning";

    public static final String PACKET_FORM = "packet-form";
    public static final String PACKET_PREVIEW = "packet-preview";
    /** One previewed page of a board packet. */
    public static final String PACKET_PAGE = "packet-page";

    private Styles() {
    }
}
