package org.patchbay.agent.protocol.json;

/** Text that is not the JSON, or not the shape of JSON, that was expected; the message says where. */
public class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
