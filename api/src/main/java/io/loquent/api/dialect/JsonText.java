package io.loquent.api.dialect;

import io.loquent.api.DefinitionException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A JSON document given as Java values, for a {@code bulkInsert} into a JSON column: {@code Map} (an object),
 * {@code List} (an array), {@code CharSequence}, {@code Number}, {@code Boolean} and null. An ordered map
 * ({@link LinkedHashMap}, {@link SortedMap}) keeps its keys' order and any other is sorted by key, as
 * {@link io.loquent.api.operation.BulkInsert} orders a row's columns, so that the text is the same on every run.
 */
public final class JsonText {
    private JsonText() {
    }

    /** Whether {@code value} is a document this class writes (a map or a list) rather than a plain column value. */
    public static boolean isDocument(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    /** {@code value} as JSON text. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            Map<?, ?> ordered = map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?> ? map
                    : new TreeMap<>(map);
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : ordered.entrySet()) {
                out.append(separator);
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new DefinitionException("JSON has no number " + value + "; write it as text or null");
            }
            out.append(n instanceof Double || n instanceof Float ? new BigDecimal(n.toString()).toPlainString() : n);
        } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof java.util.UUID) {
            string(value instanceof Enum<?> e ? e.name() : value.toString(), out);
        } else {
            throw new DefinitionException("cannot write a " + value.getClass().getName() + " in a JSON document;"
                    + " use maps, lists, strings, numbers, booleans and null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
