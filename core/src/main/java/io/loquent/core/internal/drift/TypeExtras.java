package io.loquent.core.internal.drift;

import io.loquent.api.schema.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a column type holds beyond its kind, length, precision, scale and native name, as items of one snapshot field:
 * {@code u} (unsigned), {@code z} (with time zone), {@code n=name}, {@code v=value} (an enumeration's, in order),
 * {@code s=dialect=spelling} (a custom type's), and for an array's element the same items prefixed {@code e}, after
 * {@code ek=KIND}, {@code el=}, {@code ep=} and {@code es=}.
 */
final class TypeExtras {
    private TypeExtras() {
    }

    static List<String> write(ColumnType type) {
        List<String> items = new ArrayList<>();
        extras("", type, items);
        if (type.element() != null) {
            ColumnType e = type.element();
            items.add("ek=" + e.kind().name());
            number("el=", e.length(), items);
            number("ep=", e.precision(), items);
            number("es=", e.scale(), items);
            extras("e", e, items);
        }
        return items;
    }

    private static void extras(String prefix, ColumnType type, List<String> items) {
        if (type.unsigned()) {
            items.add(prefix + "u");
        }
        if (type.timeZone()) {
            items.add(prefix + "z");
        }
        if (type.name() != null) {
            items.add(prefix + "n=" + type.name());
        }
        type.values().forEach(v -> items.add(prefix + "v=" + v));
        type.spellings().forEach((d, s) -> items.add(prefix + "s=" + d + "=" + s));
    }

    private static void number(String key, Integer n, List<String> items) {
        if (n != null) {
            items.add(key + n);
        }
    }

    /** The type of kind {@code kind} (its name) and the other fields given, with the extras {@code items} put back. */
    static ColumnType read(String kind, Integer length, Integer precision, Integer scale, String nativeName,
                           List<String> items) {
        Parts own = new Parts();
        own.kind = kind;
        own.length = length;
        own.precision = precision;
        own.scale = scale;
        Parts element = new Parts();
        for (String item : items) {
            if (item == null) {
                continue;
            }
            if (item.startsWith("ek=") || item.startsWith("el=") || item.startsWith("ep=") || item.startsWith("es=")) {
                element.shape(item.charAt(1), item.substring(3));
            } else if (item.startsWith("e")) {
                element.add(item.substring(1));
            } else {
                own.add(item);
            }
        }
        return own.type(nativeName, element.kind == null ? null : element.type(null, null));
    }

    /** The items of one type, gathered. */
    private static final class Parts {
        private String kind;
        private Integer length;
        private Integer precision;
        private Integer scale;
        private boolean unsigned;
        private boolean timeZone;
        private String name;
        private final List<String> values = new ArrayList<>();
        private final Map<String, String> spellings = new LinkedHashMap<>();

        void shape(char key, String value) {
            switch (key) {
                case 'k' -> kind = value;
                case 'l' -> length = Integer.valueOf(value);
                case 'p' -> precision = Integer.valueOf(value);
                default -> scale = Integer.valueOf(value);
            }
        }

        void add(String item) {
            if (item.equals("u")) {
                unsigned = true;
            } else if (item.equals("z")) {
                timeZone = true;
            } else if (item.startsWith("n=")) {
                name = item.substring(2);
            } else if (item.startsWith("v=")) {
                values.add(item.substring(2));
            } else if (item.startsWith("s=")) {
                int split = item.indexOf('=', 2);
                spellings.put(item.substring(2, split), item.substring(split + 1));
            } else {
                throw new IllegalArgumentException("unknown type item '" + item + "'");
            }
        }

        ColumnType type(String nativeName, ColumnType element) {
            return new ColumnType(ColumnType.Kind.valueOf(kind), length, precision, scale, nativeName, unsigned,
                    timeZone, name, values, element, spellings);
        }
    }
}
