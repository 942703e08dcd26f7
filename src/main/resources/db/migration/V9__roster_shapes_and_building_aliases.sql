-- Issue 18: a roster file's shape is remembered with its mapping, and buildings are matched through aliases.

-- The shape of the file a mapping was used for: SHA-256 (hex) of its header words, or, for a file without a
-- header, of its width and column pattern. A file of the same shape is read with the same mapping, unasked.
ALTER TABLE roster_mapping ADD COLUMN shape_key VARCHAR(64);
CREATE INDEX roster_mapping_shape_idx ON roster_mapping (shape_key);

-- Other names and codes a building goes by in vendor files ("Lincoln Elem", "0150", "LINCOLN ELEMENTARY
-- SCHOOL"). alias_key is the text in lower case with everything but letters and digits dropped.
CREATE TABLE building_alias (
    alias_key    VARCHAR(200) PRIMARY KEY,
    building_id  BIGINT NOT NULL REFERENCES building(id),
    -- The alias as first seen, for the building list.
    alias_text   VARCHAR(200) NOT NULL
);
CREATE INDEX building_alias_building_idx ON building_alias (building_id);
