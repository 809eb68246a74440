package io.loquent.core.internal.drift;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schema as lines of text and back, one object a line, so that a snapshot is stored as plain rows and read by
 * eye: {@code column <tab> users <tab> email <tab> STRING <tab> 255 …}. Fields are separated by tabs and list items
 * by commas; a backslash escapes either, itself, a line break, and {@code \N} is null.
 */
public final class SnapshotCodec {
    private static final String NULL = "\\N";

    private SnapshotCodec() {
    }

    /** The lines of {@code schema}: each table, then its columns, constraints and indexes; then the sequences and the views. */
    public static List<String> lines(Schema schema) {
        List<String> lines = new ArrayList<>();
        for (Table t : schema.tables()) {
            lines.add(line("table", t.name(), t.comment()));
            for (Column c : t.columns()) {
                ColumnType type = c.type();
                String column = line("column", t.name(), c.name(), type.kind().name(), text(type.length()),
                        text(type.precision()), text(type.scale()), type.nativeName(), flag(c.nullable()),
                        flag(c.autoIncrement()), defaultValue(c.defaultValue()), c.comment());
                List<String> extras = TypeExtras.write(type);
                // identity (12), generation (13) and the type's extras (14) only where a column has one of them, so
                // that a plain column's line is the line of earlier snapshots
                boolean plain = c.identity() == null && c.generated() == null && extras.isEmpty();
                String attributes = plain ? "" : line("", identity(c.identity()), generated(c.generated()));
                lines.add(column + attributes + (extras.isEmpty() ? "" : line("", extras)));
            }
            for (TableConstraint k : t.constraints()) {
                lines.add(constraint(t.name(), k));
            }
            for (Index i : t.indexes()) {
                List<String> keys = i.keys().stream().map(SnapshotCodec::indexKey).toList();
                // a B-tree without INCLUDE columns keeps the line it had before methods and INCLUDE were read
                lines.add(i.method() == null && i.include().isEmpty()
                        ? line("index", t.name(), i.name(), flag(i.unique()), i.where(), keys)
                        : line("index", t.name(), i.name(), flag(i.unique()), i.where(), keys, i.method(),
                        i.include()));
            }
        }
        for (Sequence s : schema.sequences()) {
            lines.add(line("sequence", s.name(), Long.toString(s.start()), Long.toString(s.increment())));
        }
        for (View v : schema.views()) {
            lines.add(line("view", v.name(), v.definition()));
        }
        return lines;
    }

    /**
     * The schema {@code lines} describe.
     *
     * @throws LoquentException when a line is not one {@link #lines} writes
     */
    public static Schema schema(List<String> lines) {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            List<List<String>> f = fields(lines.get(n));
            try {
                String kind = one(f, 0);
                if (kind.equals("table")) {
                    tables.put(one(f, 1), new TableParts(one(f, 1), one(f, 2)));
                } else if (kind.equals("view")) {
                    views.add(new View(one(f, 1), one(f, 2)));
                } else if (kind.equals("sequence")) {
                    sequences.add(new Sequence(one(f, 1), Long.parseLong(one(f, 2)), Long.parseLong(one(f, 3))));
                } else {
                    TableParts table = tables.get(one(f, 1));
                    if (table == null) {
                        throw new IllegalArgumentException("names table " + one(f, 1) + " before its table line");
                    }
                    table.add(kind, f);
                }
            } catch (RuntimeException e) {
                throw new LoquentException("the schema snapshot's line " + (n + 1) + " cannot be read ("
                        + e.getMessage() + "): " + lines.get(n) + ". Record a new one with 'loquent check"
                        + " --accept-drift'", e);
            }
        }
        return new Schema(tables.values().stream().map(TableParts::table).toList(), sequences, views);
    }

    /** A column key {@code c:name}, with a prefix length {@code p:10:name}; an expression key {@code e:sql}. */
    private static String indexKey(IndexKey key) {
        return key.expression() != null ? "e:" + key.expression()
                : key.length() != null ? "p:" + key.length() + ":" + key.column() : "c:" + key.column();
    }

    private static IndexKey indexKey(String field) {
        String rest = field.substring(2);
        return switch (field.substring(0, 2)) {
            case "c:" -> IndexKey.of(rest);
            case "p:" -> IndexKey.prefix(rest.substring(rest.indexOf(':') + 1),
                    Integer.parseInt(rest.substring(0, rest.indexOf(':'))));
            default -> IndexKey.expression(rest);
        };
    }

    /** A table's parts, gathered line by line. */
    private static final class TableParts {
        private final String name;
        private final String comment;
        private final List<Column> columns = new ArrayList<>();
        private final List<TableConstraint> constraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        void add(String kind, List<List<String>> f) {
            switch (kind) {
                case "column" -> columns.add(new Column(one(f, 2), TypeExtras.read(one(f, 3),
                        integer(one(f, 4)), integer(one(f, 5)), integer(one(f, 6)), one(f, 7),
                        Objects.requireNonNullElse(optional(f, 14), List.of())), "1".equals(one(f, 8)),
                        "1".equals(one(f, 9)), defaultValue(one(f, 10)), one(f, 11), identity(optional(f, 12)),
                        generated(optional(f, 13))));
                case "primary key" -> constraints.add(new TableConstraint.PrimaryKey(one(f, 2), f.get(3)));
                case "unique" -> constraints.add(new TableConstraint.Unique(one(f, 2), f.get(3), deferral(f, 4)));
                case "foreign key" -> constraints.add(new TableConstraint.ForeignKey(one(f, 2), f.get(3), one(f, 4),
                        f.get(5), action(one(f, 6)), action(one(f, 7)), deferral(f, 8)));
                case "check" -> constraints.add(new TableConstraint.Check(one(f, 2), one(f, 3)));
                // method and INCLUDE columns came later: a snapshot written before has neither field
                case "index" -> indexes.add(new Index(one(f, 2), f.get(5).stream().map(SnapshotCodec::indexKey)
                        .toList(), "1".equals(one(f, 3)), one(f, 4), f.size() > 6 ? one(f, 6) : null,
                        f.size() > 7 ? f.get(7).stream().filter(c -> !c.isEmpty()).toList() : List.of()));
                default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
            }
        }

        Table table() {
            return new Table(name, columns, constraints, indexes, comment);
        }
    }

    /**
     * {@code start,increment,always|default}, or null. The identity and generation fields came after the comment in
     * a later version; a snapshot written before has none, which reads as null.
     */
    private static List<String> identity(Identity identity) {
        return identity == null ? null : List.of(Long.toString(identity.start()), Long.toString(identity.increment()),
                identity.always() ? "always" : "default");
    }

    private static Identity identity(List<String> f) {
        return f == null ? null : new Identity(Long.parseLong(f.get(0)), Long.parseLong(f.get(1)),
                "always".equals(f.get(2)));
    }

    /** {@code stored|virtual,expression}, or null. */
    private static List<String> generated(Generated generated) {
        return generated == null ? null : List.of(generated.stored() ? "stored" : "virtual", generated.expression());
    }

    private static Generated generated(List<String> f) {
        return f == null ? null : new Generated(f.get(1), "stored".equals(f.get(0)));
    }

    /** Field {@code i} as a list, or null when the line is shorter or the field is null. */
    private static List<String> optional(List<List<String>> f, int i) {
        return i >= f.size() || f.get(i).size() == 1 && f.get(i).get(0) == null ? null : f.get(i);
    }

    private static String constraint(String table, TableConstraint k) {
        if (k instanceof TableConstraint.PrimaryKey pk) {
            return line("primary key", table, pk.name(), pk.columns());
        }
        if (k instanceof TableConstraint.Unique u) {
            return u.deferral() == null ? line("unique", table, u.name(), u.columns())
                    : line("unique", table, u.name(), u.columns(), u.deferral().name());
        }
        if (k instanceof TableConstraint.ForeignKey fk) {
            String onDelete = fk.onDelete() == null ? null : fk.onDelete().name();
            String onUpdate = fk.onUpdate() == null ? null : fk.onUpdate().name();
            return fk.deferral() == null ? line("foreign key", table, fk.name(), fk.columns(), fk.referencedTable(),
                    fk.referencedColumns(), onDelete, onUpdate)
                    : line("foreign key", table, fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    onDelete, onUpdate, fk.deferral().name());
        }
        TableConstraint.Check check = (TableConstraint.Check) k;
        return line("check", table, check.name(), check.condition());
    }

    private static String defaultValue(DefaultValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof DefaultValue.CurrentTimestamp) {
            return "t:";
        }
        if (value instanceof DefaultValue.Sql sql) {
            return "x:" + sql.expression();
        }
        Object literal = ((DefaultValue.Literal) value).value();
        if (literal instanceof Boolean b) {
            return "b:" + b;
        }
        if (literal instanceof BigDecimal || literal instanceof Long || literal instanceof Integer
                || literal instanceof Short || literal instanceof Byte || literal instanceof java.math.BigInteger) {
            return "n:" + literal;
        }
        if (literal instanceof Number n) {
            return "d:" + n; // float or double: NaN and infinities have no decimal form
        }
        return "s:" + (literal instanceof Enum<?> e ? e.name() : literal.toString());
    }

    private static DefaultValue defaultValue(String text) {
        if (text == null) {
            return null;
        }
        String value = text.substring(2);
        return switch (text.substring(0, 2)) {
            case "t:" -> new DefaultValue.CurrentTimestamp();
            case "x:" -> new DefaultValue.Sql(value);
            case "b:" -> new DefaultValue.Literal(Boolean.parseBoolean(value));
            case "n:" -> new DefaultValue.Literal(new BigDecimal(value));
            case "d:" -> new DefaultValue.Literal(Double.parseDouble(value));
            case "s:" -> new DefaultValue.Literal(value);
            default -> throw new IllegalArgumentException("unknown default '" + text + "'");
        };
    }

    private static ReferentialAction action(String name) {
        return name == null ? null : ReferentialAction.valueOf(name);
    }

    /** The deferral in field {@code index}, which snapshots written before deferrable keys existed end before. */
    private static TableConstraint.Deferral deferral(List<List<String>> fields, int index) {
        if (index >= fields.size()) {
            return null;
        }
        String name = one(fields, index);
        return name == null ? null : TableConstraint.Deferral.valueOf(name);
    }

    private static String text(Integer n) {
        return n == null ? null : n.toString();
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** A line of {@code kind} and {@code fields}: a null is {@code \N}, a list its items joined by commas. */
    static String line(String kind, Object... fields) {
        StringBuilder out = new StringBuilder(kind);
        for (Object field : fields) {
            out.append('\t');
            if (field == null) {
                out.append(NULL);
            } else if (field instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    out.append(i == 0 ? "" : ",").append(escape((String) items.get(i)));
                }
            } else {
                out.append(escape((String) field));
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ',' -> out.append("\\,");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The fields of {@code line}, each the list of its comma-separated items, unescaped; {@code \N} is null. */
    static List<List<String>> fields(String line) {
        List<List<String>> fields = new ArrayList<>();
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean isNull = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                switch (next) {
                    case 't' -> item.append('\t');
                    case 'n' -> item.append('\n');
                    case 'r' -> item.append('\r');
                    case 'N' -> isNull = true;
                    default -> item.append(next);
                }
            } else if (c == ',' || c == '\t') {
                items.add(isNull ? null : item.toString());
                item.setLength(0);
                isNull = false;
                if (c == '\t') {
                    fields.add(items);
                    items = new ArrayList<>();
                }
            } else {
                item.append(c);
            }
        }
        items.add(isNull ? null : item.toString());
        fields.add(items);
        return fields;
    }

    private static String one(List<List<String>> fields, int index) {
        if (index >= fields.size()) {
            throw new IllegalArgumentException("field " + (index + 1) + " is missing");
        }
        List<String> items = fields.get(index);
        return items.size() == 1 ? items.get(0) : String.join(",", items);
    }
}
