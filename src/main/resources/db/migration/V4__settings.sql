-- Settings of this district's store, one row per name (district name, and more as features need them).
CREATE TABLE setting (
    name   VARCHAR(100) PRIMARY KEY,
    text   VARCHAR(4000) NOT NULL
);
