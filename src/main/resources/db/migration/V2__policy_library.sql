-- Policy library: the adoption workflow, draft editing (autosave and where the editor was),
-- and a word index for full-text search. Plain SQL that H2 and PostgreSQL both accept.

-- A discarded draft stays stored and viewable, like a superseded version.
ALTER TABLE policy_version DROP CONSTRAINT policy_version_status_check;
ALTER TABLE policy_version ADD CONSTRAINT policy_version_status_check CHECK (status IN
    ('DRAFT', 'COMMITTEE', 'FIRST_READING', 'ADOPTED', 'NOT_ADOPTED', 'HELD', 'SUPERSEDED', 'DISCARDED'));

-- How the board acted, as on the PRESS Response Form: AS_PRESENTED or WITH_EDITS (NULL until adopted).
ALTER TABLE policy_version ADD COLUMN outcome VARCHAR(20);
-- The board's vote date for an adopted version.
ALTER TABLE policy_version ADD COLUMN vote_date DATE;
-- A footnote or editorial-only change.
ALTER TABLE policy_version ADD COLUMN editorial BOOLEAN DEFAULT FALSE NOT NULL;
-- The version a draft was started from ("New draft" copies the adopted text), or NULL.
ALTER TABLE policy_version ADD COLUMN based_on_seq INT;

-- Every status change of a version, oldest first: the workflow history. Append-only.
CREATE TABLE version_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT NOT NULL REFERENCES policy_version(id),
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20) NOT NULL,
    vote_date    DATE,
    note         VARCHAR(1000)
);
CREATE INDEX version_event_version_idx ON version_event (version_id);

-- Where the draft editor was (caret offset), saved with each autosave so a draft reopens there.
CREATE TABLE draft_editor_state (
    version_id   BIGINT PRIMARY KEY REFERENCES policy_version(id),
    caret        INT NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Lower-cased words of each policy's current (latest) text, rebuilt whenever that text changes.
CREATE TABLE search_word (
    policy_id    BIGINT NOT NULL REFERENCES policy(id),
    word         VARCHAR(100) NOT NULL,
    CONSTRAINT search_word_pk PRIMARY KEY (word, policy_id)
);
CREATE INDEX search_word_policy_idx ON search_word (policy_id);
CREATE INDEX policy_version_issue_idx ON policy_version (press_issue);
