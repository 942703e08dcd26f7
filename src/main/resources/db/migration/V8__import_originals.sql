-- Issue 17: every imported version keeps the file it came from, a review mark its recogniser was unsure of
-- (policy_version.needs_review, V1), and an imported policy never adopted can be withdrawn.
-- Plain SQL that H2 and PostgreSQL both accept: BYTEA is H2's alias of BINARY VARYING and PostgreSQL's own type.

-- One row per distinct file (by SHA-256): a 120-policy manual is kept once, not 120 times.
CREATE TABLE original_file (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256      CHAR(64) NOT NULL,
    file_name   VARCHAR(1000) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    byte_size   BIGINT NOT NULL,
    content     BYTEA NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT original_file_sha256_unique UNIQUE (sha256)
);

ALTER TABLE policy_version ADD COLUMN original_id BIGINT REFERENCES original_file(id);
-- The pages of a PDF the version came from (1-based, inclusive); NULL for files without pages.
ALTER TABLE policy_version ADD COLUMN original_first_page INT;
ALTER TABLE policy_version ADD COLUMN original_last_page INT;
CREATE INDEX policy_version_original_idx ON policy_version (original_id);

-- A withdrawn import leaves the list; its number is freed for a corrected import and kept here.
ALTER TABLE policy ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE policy ADD COLUMN withdrawn_number VARCHAR(40);
