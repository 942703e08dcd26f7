-- Staff rosters, training records and policy acknowledgments.
-- Employees are never deleted: a departed employee becomes inactive with a leave date, so history stays.

CREATE TABLE building (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- The code the HR / SIS exports use ("0150", "HS"); text, so leading zeros stay.
    code        VARCHAR(40) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL
);

CREATE TABLE employee (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- The district's employee ID as text ("000417"), unique.
    employee_no  VARCHAR(40) NOT NULL UNIQUE,
    last_name    VARCHAR(200) NOT NULL,
    first_name   VARCHAR(200) DEFAULT '' NOT NULL,
    middle_name  VARCHAR(100),
    position     VARCHAR(200),
    email        VARCHAR(320),
    hire_date    DATE,
    leave_date   DATE,
    active       BOOLEAN DEFAULT TRUE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX employee_active_idx ON employee (active);

-- One employee may work in several buildings; ordinal 0 is the home building.
CREATE TABLE employee_building (
    employee_id  BIGINT NOT NULL REFERENCES employee(id),
    building_id  BIGINT NOT NULL REFERENCES building(id),
    ordinal      INT NOT NULL,
    CONSTRAINT employee_building_pk PRIMARY KEY (employee_id, building_id)
);
CREATE INDEX employee_building_building_idx ON employee_building (building_id, employee_id);

-- A saved column mapping ("Payroll export") for roster files, reused by the GUI and the CLI.
CREATE TABLE roster_mapping (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL UNIQUE,
    has_header   BOOLEAN NOT NULL,
    -- NULL: detect from the file.
    separator    VARCHAR(1),
    encoding     VARCHAR(40),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE roster_mapping_column (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mapping_id   BIGINT NOT NULL REFERENCES roster_mapping(id) ON DELETE CASCADE,
    field        VARCHAR(30) NOT NULL,
    -- 0-based column position, used when the file has no header or the header name is not found.
    column_index INT NOT NULL,
    -- The header text the column had when the mapping was saved; NULL for a file without header.
    header       VARCHAR(200)
);
CREATE INDEX roster_mapping_column_mapping_idx ON roster_mapping_column (mapping_id);

-- One confirmed roster import, for the record.
CREATE TABLE roster_import (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_name      VARCHAR(1000) NOT NULL,
    mapping_name     VARCHAR(200),
    full_roster      BOOLEAN NOT NULL,
    new_count        INT NOT NULL,
    changed_count    INT NOT NULL,
    unchanged_count  INT NOT NULL,
    departed_count   INT NOT NULL,
    skipped_rows     INT NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE training_type (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(300) NOT NULL UNIQUE,
    recurrence          VARCHAR(20) NOT NULL,
    -- EVERY_N_YEARS: N; AT_HIRE: days after the hire date. NULL otherwise.
    recurrence_value    INT,
    -- Days a new hire has before a SCHOOL_YEAR or EVERY_N_YEARS training counts as missing.
    new_hire_grace_days INT DEFAULT 30 NOT NULL,
    CONSTRAINT training_type_recurrence_check CHECK (recurrence IN ('SCHOOL_YEAR', 'EVERY_N_YEARS', 'AT_HIRE'))
);

CREATE TABLE training_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    training_type_id  BIGINT NOT NULL REFERENCES training_type(id),
    held_on           DATE NOT NULL,
    -- NULL: district-wide.
    building_id       BIGINT REFERENCES building(id),
    presenter         VARCHAR(300),
    notes             VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_session_type_idx ON training_session (training_type_id, held_on);

-- The policies a session covered.
CREATE TABLE training_session_policy (
    session_id  BIGINT NOT NULL REFERENCES training_session(id),
    policy_id   BIGINT NOT NULL REFERENCES policy(id),
    CONSTRAINT training_session_policy_pk PRIMARY KEY (session_id, policy_id)
);

CREATE TABLE attendance (
    session_id   BIGINT NOT NULL REFERENCES training_session(id),
    employee_id  BIGINT NOT NULL REFERENCES employee(id),
    -- CHECKLIST or SIGN_IN_IMPORT
    source       VARCHAR(20) NOT NULL,
    CONSTRAINT attendance_pk PRIMARY KEY (session_id, employee_id)
);
CREATE INDEX attendance_employee_idx ON attendance (employee_id, session_id);

-- One employee's acknowledgment of one policy version. Recorded from paper sheets, the kiosk or an import.
-- Sized for millions of rows: a roster check reads it by (policy_version_id, employee_id).
CREATE TABLE acknowledgment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    employee_id        BIGINT NOT NULL REFERENCES employee(id),
    policy_version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    acknowledged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    method             VARCHAR(10) NOT NULL,
    -- The printed sheet it came from (PAPER), if any.
    sheet_id           VARCHAR(100),
    -- SHA-256 (hex) of the signature image, and where that image is kept.
    signature_hash     CHAR(64),
    signature_ref      VARCHAR(1000),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT acknowledgment_method_check CHECK (method IN ('PAPER', 'KIOSK', 'IMPORTED'))
);
CREATE INDEX acknowledgment_version_employee_idx ON acknowledgment (policy_version_id, employee_id, acknowledged_at);
CREATE INDEX acknowledgment_employee_idx ON acknowledgment (employee_id);
CREATE INDEX acknowledgment_sheet_idx ON acknowledgment (sheet_id);
