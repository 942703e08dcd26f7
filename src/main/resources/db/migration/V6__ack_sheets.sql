-- Acknowledgment sheets (issue 6): the statement staff sign per policy, the printed sheets and who is on them,
-- and what a kiosk signature keeps. Plain SQL that H2 and PostgreSQL both accept.

-- The statement printed above the signature lines; a policy without a row uses the default wording.
CREATE TABLE policy_statement (
    policy_id   BIGINT PRIMARY KEY REFERENCES policy(id),
    text        VARCHAR(4000) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One printed sheet (or set of per-employee forms): its ID is printed and QR-coded on every page.
CREATE TABLE sheet (
    id                 VARCHAR(40) PRIMARY KEY,
    policy_version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    -- BUILDING, SESSION or LIST
    scope              VARCHAR(10) NOT NULL,
    building_code      VARCHAR(40),
    session_id         BIGINT REFERENCES training_session(id),
    -- SHEET (sign-in rows) or FORM (one form per employee)
    layout             VARCHAR(10) NOT NULL,
    -- The SHA-256 of the version's text as printed on the sheet.
    content_hash       CHAR(64) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sheet_scope_check CHECK (scope IN ('BUILDING', 'SESSION', 'LIST')),
    CONSTRAINT sheet_layout_check CHECK (layout IN ('SHEET', 'FORM'))
);
CREATE INDEX sheet_version_idx ON sheet (policy_version_id);

-- The employees printed on a sheet, in print order.
CREATE TABLE sheet_line (
    sheet_id     VARCHAR(40) NOT NULL REFERENCES sheet(id),
    ordinal      INT NOT NULL,
    employee_id  BIGINT NOT NULL REFERENCES employee(id),
    CONSTRAINT sheet_line_pk PRIMARY KEY (sheet_id, ordinal)
);

-- A kiosk signature: the image itself, and the hash of the exact text that was on screen.
ALTER TABLE acknowledgment ADD COLUMN signature_png BLOB;
ALTER TABLE acknowledgment ADD COLUMN text_hash CHAR(64);
-- Recording a returned sheet twice changes nothing: one row per sheet and employee.
CREATE UNIQUE INDEX acknowledgment_sheet_employee_idx ON acknowledgment (sheet_id, employee_id);
