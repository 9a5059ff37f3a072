package org.patchbay.nsfile;

/** An NS file that cannot be read, with the line it failed on (0 when no line is to blame) and the fix. */
public final class NsFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public NsFileException(String file, int line, String problem) {
        super(file + (line > 0 ? ": line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
