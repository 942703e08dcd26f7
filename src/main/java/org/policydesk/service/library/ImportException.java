package org.policydesk.service.library;

import java.nio.file.Path;

/** A file that cannot be imported at all; the message names the file and the problem in one line. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    public ImportException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public ImportException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The problem alone, for callers that name the file their own way. */
    public String problem() {
        return problem;
    }
}
