-- Policies, their versions and the structure derived from each version's text.
-- The version's source_text is the truth; the child tables are derived from it at import time
-- so that they can be queried (who cites a statute, who refers to a policy).

CREATE TABLE policy (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- Normalised number such as 5:125; NULL for a text whose number could not be recognised.
    number      VARCHAR(40) UNIQUE,
    -- Empty when the text gave no title.
    title       VARCHAR(1000) DEFAULT '' NOT NULL,
    section     VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE policy_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    policy_id     BIGINT NOT NULL REFERENCES policy(id),
    seq           INT NOT NULL,
    status        VARCHAR(20) NOT NULL,
    status_label  VARCHAR(200),
    source_text   CLOB NOT NULL,
    content_hash  CHAR(64) NOT NULL,
    press_issue   INT,
    source_name   VARCHAR(1000),
    needs_review  BOOLEAN DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT policy_version_seq_unique UNIQUE (policy_id, seq),
    CONSTRAINT policy_version_status_check CHECK (status IN
        ('DRAFT', 'COMMITTEE', 'FIRST_READING', 'ADOPTED', 'NOT_ADOPTED', 'HELD', 'SUPERSEDED'))
);
-- Re-importing a text looks its hash up within the policy (dedupe).
CREATE INDEX policy_version_hash_idx ON policy_version (policy_id, content_hash);

CREATE TABLE press_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    n           INT NOT NULL,
    text        VARCHAR(10000) NOT NULL,
    issue       INT,
    -- YYYY-MM
    issued      VARCHAR(7)
);
CREATE INDEX press_comment_version_idx ON press_comment (version_id);
CREATE INDEX press_comment_issue_idx ON press_comment (issue);

CREATE TABLE legal_ref (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    ordinal     INT NOT NULL,
    text        VARCHAR(4000) NOT NULL
);
CREATE INDEX legal_ref_version_idx ON legal_ref (version_id);

CREATE TABLE cross_ref (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    ordinal     INT NOT NULL,
    number      VARCHAR(40) NOT NULL,
    title       VARCHAR(1000)
);
CREATE INDEX cross_ref_version_idx ON cross_ref (version_id);
CREATE INDEX cross_ref_number_idx ON cross_ref (number);

CREATE TABLE version_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    ordinal     INT NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    -- ISO date at the precision the text gives: YYYY-MM-DD, YYYY-MM or YYYY
    date_iso    VARCHAR(10) NOT NULL
);
CREATE INDEX version_history_version_idx ON version_history (version_id);

CREATE TABLE import_warning (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES policy_version(id),
    line        INT NOT NULL,
    message     VARCHAR(2000) NOT NULL
);
CREATE INDEX import_warning_version_idx ON import_warning (version_id);
