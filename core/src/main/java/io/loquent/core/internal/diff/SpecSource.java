package io.loquent.core.internal.diff;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Column specs as a script writes them: {@code string(255).nullable(false).unique()}, stating only what the DSL
 * would not infer (a key column is NOT NULL; a sole integer key auto-increments in {@code createTable}).
 */
final class SpecSource {
    /**
     * How a column is declared beside its record.
     *
     * @param primaryKeyCall    whether the spec says {@code .primaryKey()}
     * @param keyColumn         whether the column is in the table's primary key, which makes it NOT NULL
     * @param autoIncrementNorm what the DSL infers for auto-increment when the spec does not say
     * @param unique            whether the spec says {@code .unique()}
     * @param foreignKey        the foreign key the spec declares with {@code .foreignKey("table.column")}, or null
     */
    record Form(boolean primaryKeyCall, boolean keyColumn, boolean autoIncrementNorm, boolean unique,
                TableConstraint.ForeignKey foreignKey) {

        /**
         * The form of an added column. {@code addColumn} records the column's own constraints, each named by the
         * convention: its primary key, its unique constraint, then its foreign key, and never infers auto-increment.
         */
        static Form ofAddedColumn(AddColumn op, ConventionNames names) {
            String table = op.table();
            String column = op.column().name();
            List<TableConstraint> constraints = op.constraints();
            int next = 0;
            boolean key = next < constraints.size() && constraints.get(next) instanceof TableConstraint.PrimaryKey pk
                    && pk.columns().equals(List.of(column)) && names.isPrimaryKey(table, pk);
            next += key ? 1 : 0;
            boolean unique = next < constraints.size() && constraints.get(next) instanceof TableConstraint.Unique u
                    && names.isColumnUnique(table, column, u);
            next += unique ? 1 : 0;
            TableConstraint.ForeignKey foreignKey = next < constraints.size()
                    && constraints.get(next) instanceof TableConstraint.ForeignKey k
                    && names.isColumnForeignKey(table, column, k) ? k : null;
            next += foreignKey != null ? 1 : 0;
            if (next < constraints.size()) {
                throw new DefinitionException("constraint '" + constraints.get(next).name() + "' cannot be declared"
                        + " with the column: addColumn declares only the column's own primary key, unique constraint"
                        + " and foreign key, in this order, named by the convention. Add it after the column with"
                        + " AddConstraint");
            }
            return new Form(key, key, false, unique, foreignKey);
        }
    }

    private SpecSource() {
    }

    /** The spec that declares {@code column} as {@code form} says. */
    static String spec(Column column, Form form, Body body) {
        StringBuilder spec = new StringBuilder(type(column.type(), column.name()));
        if (form.primaryKeyCall()) {
            spec.append(".primaryKey()");
        }
        if (column.identity() != null) {
            spec.append(identityCalls(column.identity()));
        } else if (column.autoIncrement() != form.autoIncrementNorm()) {
            spec.append(column.autoIncrement() ? ".autoIncrement()" : ".autoIncrement(false)");
        }
        if (column.generated() != null) {
            spec.append(column.generated().stored() ? ".storedAs(" : ".virtualAs(")
                    .append(Literals.string(column.generated().expression())).append(')');
        }
        if (form.keyColumn() && column.nullable()) {
            throw new DefinitionException("column '" + column.name() + "' is in the primary key but nullable, and the"
                    + " DSL makes key columns NOT NULL. Make the column NOT NULL, or leave it out of the key");
        }
        if (!form.keyColumn() && !column.nullable()) {
            spec.append(".nullable(false)");
        }
        if (form.unique()) {
            spec.append(".unique()");
        }
        if (column.defaultValue() != null) {
            spec.append('.').append(defaultCall(column.defaultValue(), body));
        }
        if (form.foreignKey() != null) {
            spec.append(foreignKeyCalls(form.foreignKey()));
        }
        if (column.comment() != null) {
            spec.append(".comment(").append(Literals.string(column.comment())).append(')');
        }
        return spec.toString();
    }

    /** {@code .startingValue(n)} or {@code .identity(start, increment)}, then {@code .identityAlways()}. */
    private static String identityCalls(Identity identity) {
        String calls = identity.increment() == 1 ? ".startingValue(" + number(identity.start()) + ")"
                : ".identity(" + number(identity.start()) + ", " + number(identity.increment()) + ")";
        return identity.always() ? calls + ".identityAlways()" : calls;
    }

    private static String number(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }

    /** {@code .first()} or {@code .after("c")} for a placed column, else nothing. */
    static String positionCall(ColumnPosition position) {
        if (position == null) {
            return "";
        }
        return position.first() ? ".first()" : ".after(" + Literals.string(position.after()) + ")";
    }

    /** {@code .foreignKey("table.column")}, then its actions. */
    private static String foreignKeyCalls(TableConstraint.ForeignKey key) {
        String calls = ".foreignKey(" + Literals.string(key.referencedTable() + "." + key.referencedColumns().get(0))
                + ")";
        if (key.onDelete() != null) {
            calls += ".onDelete(" + Literals.string(key.onDelete().sql()) + ")";
        }
        return key.onUpdate() == null ? calls : calls + ".onUpdate(" + Literals.string(key.onUpdate().sql()) + ")";
    }

    /**
     * The {@code Types} call for {@code type} of the column {@code column}. A type read from a database carries its
     * native name, which no script declares: the portable type is written, as a script would declare the column. An
     * enumeration read where the database names none (MySQL, SQLite) is named after its column.
     */
    static String type(ColumnType type, String column) {
        String call = switch (type.kind()) {
            case INTEGER -> "integer()";
            case BIG_INTEGER -> "bigInteger()";
            case SMALL_INTEGER -> "smallInteger()";
            case STRING -> "string(" + type.length() + ")";
            case CHAR -> "character(" + type.length() + ")";
            case TEXT -> "text()";
            case BOOLEAN -> "bool()";
            case DECIMAL -> "decimal(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "doublePrecision()";
            case REAL -> "real()";
            case DATE -> "date()";
            case TIME -> "time()";
            case TIMESTAMP -> "timestamp()";
            case BINARY -> type.length() == null ? "binary()" : "binary(" + type.length() + ")";
            case UUID -> "uuid()";
            case JSON -> "json()";
            case ENUM -> "enumeration(" + Stream.concat(Stream.of(type.name() == null ? column : type.name()),
                    type.values().stream()).map(Literals::string).collect(Collectors.joining(", ")) + ")";
            case ARRAY -> "array(" + type(type.element(), column) + ")";
            case CUSTOM -> custom(type);
        };
        return call + (type.unsigned() ? ".unsigned()" : "") + (type.timeZone() ? ".withTimeZone()" : "");
    }

    /** {@code custom("citext")} or {@code custom("postgresql", "citext")}, then {@code .on(..)} for each spelling. */
    private static String custom(ColumnType type) {
        List<Map.Entry<String, String>> spellings = new java.util.ArrayList<>(type.spellings().entrySet());
        spellings.sort(Map.Entry.comparingByKey());
        String first = type.name() != null ? "custom(" + Literals.string(type.name()) + ")"
                : "custom(" + Literals.string(spellings.get(0).getKey()) + ", "
                + Literals.string(spellings.remove(0).getValue()) + ")";
        return first + spellings.stream()
                .map(e -> ".on(" + Literals.string(e.getKey()) + ", " + Literals.string(e.getValue()) + ")")
                .collect(Collectors.joining());
    }

    /** {@code defaultValue(..)}, {@code serverDefault(..)} or {@code defaultCurrentTimestamp()}, without the dot. */
    static String defaultCall(DefaultValue value, Body body) {
        if (value instanceof DefaultValue.Literal literal) {
            return "defaultValue(" + Literals.of(literal.value(), body) + ")";
        }
        if (value instanceof DefaultValue.Sql sql) {
            return "serverDefault(" + Literals.string(sql.expression()) + ")";
        }
        return "defaultCurrentTimestamp()";
    }
}
