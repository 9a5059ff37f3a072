package org.patchbay.mapping;

import java.util.List;

/** The experiment cannot be mapped onto the testbed; each reason names what is missing and what would help. */
public final class MappingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public MappingException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
