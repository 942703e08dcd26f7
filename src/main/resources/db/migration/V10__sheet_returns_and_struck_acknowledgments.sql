-- Issue 19: a returned sheet is recorded once, and opens as recorded; a wrong acknowledgment is struck out with
-- a reason, never deleted. Plain SQL that H2 and PostgreSQL both accept.

-- A returned sheet as recorded: the date signed, when and by whom. Who did not sign is every line of the sheet
-- without an acknowledgment from it.
CREATE TABLE sheet_return (
    sheet_id     VARCHAR(40) PRIMARY KEY REFERENCES sheet(id),
    signed_on    DATE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);

-- Sheets recorded before this table existed: the earliest acknowledgment from each stands for its return.
INSERT INTO sheet_return (sheet_id, signed_on, recorded_at, recorded_by)
SELECT a.sheet_id, CAST(MIN(a.acknowledged_at) AS DATE), MIN(a.recorded_at), 'unknown'
FROM acknowledgment a JOIN sheet s ON s.id = a.sheet_id
GROUP BY a.sheet_id;

-- A struck-out acknowledgment: the acknowledgment row stays; this says it no longer counts, why, who and when.
-- A table of its own keeps the roster check's index-only read of acknowledgment as it is (decision 0120).
CREATE TABLE acknowledgment_strike (
    acknowledgment_id  BIGINT PRIMARY KEY REFERENCES acknowledgment(id),
    employee_id        BIGINT NOT NULL REFERENCES employee(id),
    policy_version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    reason             VARCHAR(1000) NOT NULL,
    struck_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    struck_by          VARCHAR(200) NOT NULL
);
CREATE INDEX acknowledgment_strike_version_idx ON acknowledgment_strike (policy_version_id, employee_id);
