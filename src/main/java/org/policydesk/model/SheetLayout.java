package org.policydesk.model;

/** Sign-in rows (many people a page) or one form per employee with the full policy text. */
public enum SheetLayout {
    SHEET, FORM
}
