package io.loquent.core.internal.script;

import io.loquent.api.OmittedAtDefault;
import io.loquent.api.operation.CreateIndex;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical, dialect-independent form of operation records, from which a class-path revision's checksum is taken.
 * A value becomes a tree of sorted maps, lists and tagged text leaves, so that two runs of the same script give the
 * same text whatever the JVM's hash order (a {@code Map.of} row iterates differently in every JVM run):
 * <ul>
 *   <li>a record: its type and its non-null components, by name; a component added to a record later is null or
 *       marked {@link OmittedAtDefault} and left out at its default, so that it changes no existing checksum;</li>
 *   <li>a map: its entries sorted by key; a list or array: its elements in order; another collection: its elements
 *       sorted by their form;</li>
 *   <li>a date or time: its type only. A script that inserts {@code LocalDate.now()} does the same thing every day,
 *       and the value cannot be told from a literal, so no date or time value takes part;</li>
 *   <li>anything else: its type and its text ({@code Integer:5}, {@code String:abc}, enums by name).</li>
 * </ul>
 * {@link #merge} replaces what differs between two recordings of one script by {@link #VARIES}.
 */
final class CanonicalForm {
    /** The leaf that stands for a value that differed between two recordings. */
    static final String VARIES = "varies";

    private CanonicalForm() {
    }

    /** The tree of {@code value}: a {@code TreeMap}, a {@code List}, or a {@code String} leaf. */
    static Object of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            return ofRecord(record);
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> node = new TreeMap<>();
            map.forEach((k, v) -> node.put("=" + leaf(k), of(v)));
            return node;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CanonicalForm::of).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(CanonicalForm::of).sorted((a, b) -> text(a).compareTo(text(b))).toList();
        }
        if (value.getClass().isArray() && !(value instanceof byte[])) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(of(Array.get(value, i)));
            }
            return items;
        }
        return leaf(value);
    }

    private static TreeMap<String, Object> ofRecord(Record record) {
        TreeMap<String, Object> earlier = earlierShape(record);
        if (earlier != null) {
            return earlier;
        }
        TreeMap<String, Object> node = new TreeMap<>();
        node.put("record", typeName(record.getClass()));
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
            }
            if (v != null && !(component.isAnnotationPresent(OmittedAtDefault.class) && atDefault(v))) {
                node.put("." + component.getName(), of(v));
            }
        }
        return node;
    }

    private static boolean atDefault(Object value) {
        return Boolean.FALSE.equals(value) || value instanceof Number n && n.longValue() == 0 && n.doubleValue() == 0
                || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /**
     * The form a plain, ordinary {@link CreateIndex} had before the record grew the index spec (name, table,
     * columns, unique), so that a revision written then keeps its checksum; null for any other record, whose form is
     * its components (new components of a record are {@link OmittedAtDefault} instead).
     */
    private static TreeMap<String, Object> earlierShape(Record record) {
        if (!(record instanceof CreateIndex c && c.index().plain() && !c.concurrently())) {
            return null;
        }
        TreeMap<String, Object> node = new TreeMap<>();
        node.put("record", typeName(record.getClass()));
        node.put(".columns", of(c.columns()));
        node.put(".unique", of(c.unique()));
        node.put(".name", of(c.name()));
        node.put(".table", of(c.table()));
        return node;
    }

    private static String leaf(Object value) {
        if (value instanceof TemporalAccessor || value instanceof Date || value instanceof Calendar) {
            return "time:" + typeName(value.getClass());
        }
        if (value instanceof Enum<?> e) {
            return "enum:" + typeName(e.getDeclaringClass()) + "." + e.name();
        }
        if (value instanceof byte[] bytes) {
            return "bytes:" + HexFormat.of().formatHex(bytes);
        }
        return typeName(value.getClass()) + ":" + value;
    }

    /** The class name without its package, nested names joined by dots: {@code TableConstraint.PrimaryKey}. */
    private static String typeName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** The tree with every part that differs between {@code a} and {@code b} replaced by {@link #VARIES}. */
    static Object merge(Object a, Object b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb && ma.keySet().equals(mb.keySet())) {
            TreeMap<String, Object> merged = new TreeMap<>();
            ma.forEach((k, v) -> merged.put((String) k, merge(v, mb.get(k))));
            return merged;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            List<Object> merged = new ArrayList<>(la.size());
            for (int i = 0; i < la.size(); i++) {
                merged.add(merge(la.get(i), lb.get(i)));
            }
            return merged;
        }
        return VARIES;
    }

    /** The tree as text: leaves and keys quoted, maps as {@code {k:v,…}} in key order, lists as {@code […]}. */
    static String text(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, sb);
        return sb.toString();
    }

    private static void write(Object tree, StringBuilder sb) {
        if (tree instanceof Map<?, ?> map) {
            String separator = "{";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                quote((String) e.getKey(), sb.append(separator));
                write(e.getValue(), sb.append(':'));
                separator = ",";
            }
            sb.append(map.isEmpty() ? "{}" : "}");
        } else if (tree instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                write(list.get(i), i == 0 ? sb : sb.append(','));
            }
            sb.append(']');
        } else {
            quote((String) tree, sb);
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        s.chars().forEach(c -> sb.append(c == '"' || c == '\\' ? "\\" + (char) c : String.valueOf((char) c)));
        sb.append('"');
    }
}
