package org.policydesk.model;

import java.util.Objects;

/** What a roster check is about: a policy (its current adopted version) or a training type. */
public sealed interface CheckSubject {

    String describe();

    record Policy(PolicyNumber number) implements CheckSubject {
        public Policy {
            Objects.requireNonNull(number);
        }

        @Override
        public String describe() {
            return "policy " + number;
        }
    }

    record Training(String name) implements CheckSubject {
        public Training {
            Objects.requireNonNull(name);
        }

        @Override
        public String describe() {
            return "training \"" + name + "\"";
        }
    }
}
