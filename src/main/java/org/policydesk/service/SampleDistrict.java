package org.policydesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample district shipped in the jar under {@code policydesk/sample/}. A manifest names the files in
 * load order, because a folder inside a jar cannot be listed portably.
 */
final class SampleDistrict {

    static final String ROOT = "policydesk/sample/";
    static final String MANIFEST = ROOT + "policies.list";

    private final ClassLoader loader = SampleDistrict.class.getClassLoader();

    /** Imports every sample policy, in manifest order, and returns how many files were imported. */
    int loadInto(PolicyService policies) {
        List<String> names = manifest();
        for (String name : names) {
            policies.importText(name, resource(ROOT + "policies/" + name));
        }
        return names.size();
    }

    List<String> manifest() {
        return resource(MANIFEST).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private String resource(String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The sample district is missing from this build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read sample file " + name, e);
        }
    }
}
