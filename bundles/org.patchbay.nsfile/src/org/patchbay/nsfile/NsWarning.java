package org.patchbay.nsfile;

/** Something an NS file says that Patchbay accepted but does not act on, with its line. */
public record NsWarning(int line, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
