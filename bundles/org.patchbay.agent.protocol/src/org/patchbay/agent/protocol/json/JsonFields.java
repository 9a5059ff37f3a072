package org.patchbay.agent.protocol.json;

import java.util.List;
import java.util.Map;

/** Typed reads of one JSON object's members, each failing with the member's name when it is missing or of the wrong type. */
public record JsonFields(Map<String, Object> map) {

    public static JsonFields of(Object value, String what) throws JsonException {
        if (!(value instanceof Map<?, ?>)) {
            throw new JsonException(what + ": expected a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return new JsonFields(map);
    }

    public boolean has(String name) {
        return map.get(name) != null;
    }

    public String string(String name) throws JsonException {
        Object v = require(name);
        if (!(v instanceof String s)) {
            throw new JsonException("'" + name + "' must be a string");
        }
        return s;
    }

    public String string(String name, String fallback) throws JsonException {
        return has(name) ? string(name) : fallback;
    }

    public long longValue(String name) throws JsonException {
        return number(name).longValue();
    }

    public long longValue(String name, long fallback) throws JsonException {
        return has(name) ? longValue(name) : fallback;
    }

    /**
     * A whole number written as one (not 1.5, not 1e3, not "12") from {@code min} to {@code max};
     * refused naming the field and the range otherwise.
     */
    public long wholeNumber(String name, long min, long max) throws JsonException {
        Object v = require(name);
        if (!(v instanceof Long || v instanceof Integer) || ((Number) v).longValue() < min || ((Number) v).longValue() > max) {
            throw new JsonException("'" + name + "' must be a whole number from " + min + " to " + max + ", not " + (v instanceof String ? "\"" + v + "\"" : v));
        }
        return ((Number) v).longValue();
    }

    public int intValue(String name) throws JsonException {
        return number(name).intValue();
    }

    public double doubleValue(String name) throws JsonException {
        return number(name).doubleValue();
    }

    public double doubleValue(String name, double fallback) throws JsonException {
        return has(name) ? doubleValue(name) : fallback;
    }

    public boolean bool(String name, boolean fallback) throws JsonException {
        if (!has(name)) {
            return fallback;
        }
        if (!(map.get(name) instanceof Boolean b)) {
            throw new JsonException("'" + name + "' must be true or false");
        }
        return b;
    }

    public List<Object> list(String name) throws JsonException {
        Object v = require(name);
        if (!(v instanceof List<?>)) {
            throw new JsonException("'" + name + "' must be an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) v;
        return list;
    }

    public List<Object> listOrEmpty(String name) throws JsonException {
        return has(name) ? list(name) : List.of();
    }

    public JsonFields object(String name) throws JsonException {
        return of(require(name), "'" + name + "'");
    }

    private Number number(String name) throws JsonException {
        Object v = require(name);
        if (!(v instanceof Number n)) {
            throw new JsonException("'" + name + "' must be a number");
        }
        return n;
    }

    private Object require(String name) throws JsonException {
        Object v = map.get(name);
        if (v == null) {
            throw new JsonException("missing '" + name + "'");
        }
        return v;
    }
}
