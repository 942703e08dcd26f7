-- The audit trail: one row per change, appended in the same transaction as the change it records.
-- Append-only: rows are never updated or deleted. Each row carries the hash of the row before it, and its
-- own hash covers its fields and that previous hash, so a changed, inserted or deleted row breaks the chain
-- (`policydesk audit verify`). seq runs 1, 2, 3… without gaps.
CREATE TABLE audit_event (
    seq           BIGINT PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The operating-system user who made the change.
    actor         VARCHAR(200) NOT NULL,
    -- What happened, such as policy.import, roster.import, version.status, version.adopt, acknowledgment.record
    action        VARCHAR(100) NOT NULL,
    -- What it happened to: a kind (policy, employee, roster, store…) and a key within that kind (5:125, 004211…)
    subject_kind  VARCHAR(50) NOT NULL,
    subject_key   VARCHAR(200) NOT NULL,
    -- A JSON object with sorted keys; exactly the text the hash covers.
    details       CLOB NOT NULL,
    -- SHA-256, lower-case hex; 64 zeros before the first event.
    prev_hash     CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_kind, subject_key);
