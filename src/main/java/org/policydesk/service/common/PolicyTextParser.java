package org.policydesk.service.common;

import org.policydesk.model.PolicyDocument;

/** Turns policy text into a document; {@code new PressParser()::parse} in the application, a stand-in in tests. */
@FunctionalInterface
public interface PolicyTextParser {
    PolicyDocument parse(String text);
}
