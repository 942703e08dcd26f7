-- The policies a training type covers ("Annual policy awareness" covers 5:125 and 6:235). A new session of the
-- type starts with them; the session keeps its own list (training_session_policy), so changing the type later
-- does not rewrite what past sessions covered.
CREATE TABLE training_type_policy (
    training_type_id  BIGINT NOT NULL REFERENCES training_type(id),
    policy_id         BIGINT NOT NULL REFERENCES policy(id),
    CONSTRAINT training_type_policy_pk PRIMARY KEY (training_type_id, policy_id)
);
