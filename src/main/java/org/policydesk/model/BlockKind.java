package org.policydesk.model;

/** The role a block of lines plays in a policy document. */
public enum BlockKind {
    /** Blank lines between blocks. */
    BLANK,
    /** "Document Status: Draft Update". */
    STATUS,
    /** The manual section, such as "General Personnel". */
    SECTION,
    /** The number and title line. */
    TITLE,
    HEADING,
    PARAGRAPH,
    /** A numbered, lettered or bulleted item; see {@link Block#label()} and {@link Block#level()}. */
    LIST_ITEM,
    /** "LEGAL REF.:" (entries may follow on the same line). */
    LEGAL_REF_LABEL,
    LEGAL_REF,
    CROSS_REF,
    /** "Adopted: June 21, 2023" and similar. */
    HISTORY,
    /** "PRESSPlus Comments". */
    COMMENTS_HEADING,
    COMMENT,
    /** Page headers, footers and page numbers copied in from a PDF or web page. */
    PAGE_FURNITURE
}
