package io.loquent.api;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.ReferentialAction;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable description of a column as a script declares it: {@code string(255).nullable(false).unique()}. Each
 * method returns a new spec. The runner turns a spec into a {@link io.loquent.api.schema.Column} and named
 * constraints (primary key, unique, foreign key) following the naming convention.
 *
 * <p>An integer primary key that is the table's only key column auto-increments unless {@code autoIncrement(false)}
 * says otherwise, as in SQLAlchemy.
 */
public final class ColumnSpec {
    private final ColumnType type;
    private final Boolean nullable;
    private final boolean primaryKey;
    private final Boolean autoIncrement;
    private final boolean unique;
    private final DefaultValue defaultValue;
    private final String foreignKey;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;
    private final String comment;

    private ColumnSpec(ColumnType type, Boolean nullable, boolean primaryKey, Boolean autoIncrement, boolean unique,
                       DefaultValue defaultValue, String foreignKey, ReferentialAction onDelete,
                       ReferentialAction onUpdate, String comment) {
        this.type = Objects.requireNonNull(type, "type");
        this.nullable = nullable;
        this.primaryKey = primaryKey;
        this.autoIncrement = autoIncrement;
        this.unique = unique;
        this.defaultValue = defaultValue;
        this.foreignKey = foreignKey;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.comment = comment;
    }

    /** A nullable column of {@code type} with no default and no constraint. */
    public static ColumnSpec of(ColumnType type) {
        return new ColumnSpec(type, null, false, null, false, null, null, null, null, null);
    }

    /** A time or timestamp with time zone: PostgreSQL's {@code timestamptz}/{@code timetz}, MySQL's {@code TIMESTAMP}. */
    public ColumnSpec withTimeZone() {
        return withType(type.withTimeZone(true));
    }

    /** An integer without negative values: MySQL's {@code UNSIGNED} (PostgreSQL has none and refuses it). */
    public ColumnSpec unsigned() {
        return withType(type.withUnsigned(true));
    }

    /**
     * A {@code custom(type)}'s spelling on one dialect, named as the dialect names itself ({@code "postgresql"},
     * {@code "mysql"}, {@code "sqlite"}): {@code custom("citext").on("mysql", "varchar(255)")}.
     */
    public ColumnSpec on(String dialect, String spelling) {
        return withType(type.withSpelling(dialect, spelling));
    }

    private ColumnSpec withType(ColumnType changed) {
        return new ColumnSpec(changed, nullable, primaryKey, autoIncrement, unique, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    /** Makes the column (part of) the table's primary key; it becomes NOT NULL. */
    public ColumnSpec primaryKey() {
        return new ColumnSpec(type, nullable, true, autoIncrement, unique, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    /** Lets the database assign values. */
    public ColumnSpec autoIncrement() {
        return autoIncrement(true);
    }

    /** Turns database-assigned values on or off, overriding the integer-primary-key default. */
    public ColumnSpec autoIncrement(boolean on) {
        return new ColumnSpec(type, nullable, primaryKey, on, unique, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    /** Allows or forbids NULL. Columns are nullable unless they are part of the primary key. */
    public ColumnSpec nullable(boolean allowed) {
        return new ColumnSpec(type, allowed, primaryKey, autoIncrement, unique, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    /** Adds a single-column unique constraint, named by the naming convention. */
    public ColumnSpec unique() {
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, true, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    /** A literal default, rendered safely as a quoted literal by the dialect. */
    public ColumnSpec defaultValue(Object value) {
        return withDefault(new DefaultValue.Literal(value));
    }

    /** A default given as SQL, used as it stands, for example {@code serverDefault("CURRENT_DATE")}. */
    public ColumnSpec serverDefault(String sql) {
        return withDefault(new DefaultValue.Sql(sql));
    }

    /** Defaults to the moment of insertion, spelt the database's way. */
    public ColumnSpec defaultCurrentTimestamp() {
        return withDefault(new DefaultValue.CurrentTimestamp());
    }

    private ColumnSpec withDefault(DefaultValue value) {
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, unique, value, foreignKey, onDelete, onUpdate, comment);
    }

    /**
     * References {@code "table.column"}, or {@code "schema.table.column"} for a table in another schema, with a foreign
     * key named by the naming convention.
     */
    public ColumnSpec foreignKey(String tableDotColumn) {
        if (tableDotColumn == null || tableDotColumn.lastIndexOf('.') <= 0 || tableDotColumn.endsWith(".")) {
            throw new DefinitionException("foreignKey takes \"table.column\", got '" + tableDotColumn + "'");
        }
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, unique, defaultValue, tableDotColumn, onDelete, onUpdate, comment);
    }

    /** What the foreign key does when the referenced row is deleted: CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION. */
    public ColumnSpec onDelete(String action) {
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, unique, defaultValue, foreignKey,
                ReferentialAction.parse(action), onUpdate, comment);
    }

    /** What the foreign key does when the referenced key changes. */
    public ColumnSpec onUpdate(String action) {
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, unique, defaultValue, foreignKey, onDelete,
                ReferentialAction.parse(action), comment);
    }

    /** A comment stored with the column where the database keeps comments. */
    public ColumnSpec comment(String text) {
        return new ColumnSpec(type, nullable, primaryKey, autoIncrement, unique, defaultValue, foreignKey, onDelete, onUpdate, text);
    }

    public ColumnType type() {
        return type;
    }

    /** The nullability the script asked for, if it asked. */
    public Optional<Boolean> explicitNullable() {
        return Optional.ofNullable(nullable);
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /** The auto-increment setting the script asked for, if it asked. */
    public Optional<Boolean> explicitAutoIncrement() {
        return Optional.ofNullable(autoIncrement);
    }

    public boolean isUnique() {
        return unique;
    }

    public Optional<DefaultValue> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The referenced {@code "table.column"}, if any. */
    public Optional<String> foreignKey() {
        return Optional.ofNullable(foreignKey);
    }

    public Optional<ReferentialAction> onDelete() {
        return Optional.ofNullable(onDelete);
    }

    public Optional<ReferentialAction> onUpdate() {
        return Optional.ofNullable(onUpdate);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnSpec s && type.equals(s.type) && Objects.equals(nullable, s.nullable)
                && primaryKey == s.primaryKey && Objects.equals(autoIncrement, s.autoIncrement) && unique == s.unique
                && Objects.equals(defaultValue, s.defaultValue) && Objects.equals(foreignKey, s.foreignKey)
                && onDelete == s.onDelete && onUpdate == s.onUpdate && Objects.equals(comment, s.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, nullable, primaryKey, autoIncrement, unique, defaultValue, foreignKey, onDelete, onUpdate, comment);
    }

    @Override
    public String toString() {
        return "ColumnSpec[" + type + (primaryKey ? " primaryKey" : "") + (unique ? " unique" : "")
                + (nullable != null ? " nullable=" + nullable : "") + (defaultValue != null ? " default=" + defaultValue : "")
                + (foreignKey != null ? " references " + foreignKey : "") + "]";
    }
}
