package io.loquent.dialect.postgres.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's enum types, which live beside the columns of type {@code enumeration(name, ...)}: a type is created
 * before its first column ({@code CREATE TYPE name AS ENUM (...)}), given the values a later column lists that it
 * lacks ({@code ALTER TYPE name ADD VALUE}), and dropped after its last column goes. Who uses a type comes from the
 * catalogue online and from the replayed history offline; with neither (an operation rendered on its own) a type is
 * created and never dropped.
 *
 * <p>Since PostgreSQL 12 {@code ADD VALUE} runs inside the revision's transaction, but the new value cannot be
 * stored until that transaction commits; a revision that adds a value and writes rows with it must be split in two.
 * Values cannot be removed or reordered: that is refused, with the way round it.
 */
final class EnumTypes {
    private final AnsiDialect dialect;
    private final RenderContext context;

    EnumTypes(AnsiDialect dialect, RenderContext context) {
        this.dialect = dialect;
        this.context = context;
    }

    /** The enum type of {@code type} or of its array element, or null. */
    static ColumnType enumOf(ColumnType type) {
        if (type == null) {
            return null;
        }
        ColumnType own = type.kind() == ColumnType.Kind.ARRAY ? type.element() : type;
        return own.kind() == ColumnType.Kind.ENUM && own.name() != null ? own : null;
    }

    /** The statements that make each enum type of {@code types} exist with (at least) its values. */
    List<String> create(List<ColumnType> types) {
        List<String> statements = new ArrayList<>();
        Map<String, ColumnType> wanted = new LinkedHashMap<>();
        types.stream().map(EnumTypes::enumOf).filter(t -> t != null).forEach(t -> wanted.putIfAbsent(t.name(), t));
        for (ColumnType type : wanted.values()) {
            Optional<List<String>> existing = labels(type.name());
            if (existing.isEmpty()) {
                statements.add("CREATE TYPE " + dialect.quote(type.name()) + " AS ENUM ("
                        + String.join(", ", type.values().stream().map(dialect::literal).toList()) + ")");
            } else {
                statements.addAll(addValues(type, existing.get()));
            }
        }
        return statements;
    }

    /** {@code ADD VALUE} for each value of {@code type} that {@code existing} lacks, where it goes in the order. */
    private List<String> addValues(ColumnType type, List<String> existing) {
        List<String> kept = type.values().stream().filter(existing::contains).toList();
        if (!kept.equals(existing)) {
            throw new NotSupportedException(dialect.name(), "change enum type " + type.name() + " from " + existing
                    + " to " + type.values(), "PostgreSQL can add values to an enum type but not remove or reorder"
                    + " them. Alter the column to text() first and then to the new enumeration: the type is dropped"
                    + " with its last column and created again");
        }
        List<String> statements = new ArrayList<>();
        String prefix = "ALTER TYPE " + dialect.quote(type.name()) + " ADD VALUE " ;
        for (int i = 0; i < type.values().size(); i++) {
            String value = type.values().get(i);
            if (!existing.contains(value)) {
                String next = type.values().subList(i + 1, type.values().size()).stream()
                        .filter(existing::contains).findFirst().orElse(null);
                statements.add(prefix + dialect.literal(value) + (next == null ? "" : " BEFORE " + dialect.literal(next)));
            }
        }
        return statements;
    }

    /** Whether the enum type {@code name} exists with exactly the values of {@code type}. */
    boolean existsAs(ColumnType type) {
        return labels(type.name()).map(type.values()::equals).orElse(false);
    }

    /**
     * {@code DROP TYPE} for each enum type of {@code types} that no column uses once the columns {@code leaving}
     * ({@code "table.column"}) have gone; {@code arriving} names the types that columns of the same change take up.
     */
    List<String> drop(List<ColumnType> types, Set<String> leaving, Set<String> arriving) {
        List<String> statements = new ArrayList<>();
        types.stream().map(EnumTypes::enumOf).filter(t -> t != null).map(ColumnType::name).distinct()
                .filter(name -> !arriving.contains(name))
                .filter(name -> users(name).map(u -> leaving.containsAll(u)).orElse(false))
                .forEach(name -> statements.add("DROP TYPE " + dialect.quote(name)));
        return statements;
    }

    /** The columns of {@code table}, from the catalogue or the replayed history; empty when neither knows it. */
    List<Column> columns(String table) {
        Optional<Connection> connection = context.connection();
        if (connection.isPresent()) {
            List<Column> columns = new ArrayList<>();
            for (String name : query(connection.get(), USED_TYPES, table)) {
                int split = name.indexOf('\n');
                columns.add(new Column(name.substring(0, split), enumType(name.substring(split + 1)), true, false,
                        null, null));
            }
            return columns;
        }
        return context.schema().flatMap(s -> s.schema().table(table)).map(Table::columns).orElse(List.of());
    }

    /**
     * The default of {@code table.column} as a value of {@code type}, or null for none (or none known): PostgreSQL
     * cannot convert a default to or from an enum type with the column, so the renderer drops and restores it.
     */
    DefaultValue currentDefault(String table, String column, ColumnType type) {
        Optional<Connection> connection = context.connection();
        if (connection.isPresent()) {
            List<String> found = query(connection.get(), DEFAULT, table + "\n" + column);
            return found.isEmpty() || found.get(0) == null ? null : CatalogDefaults.of(found.get(0), type, true);
        }
        return context.schema().flatMap(s -> s.schema().table(table)).flatMap(t -> t.column(column))
                .map(Column::defaultValue).orElse(null);
    }

    private ColumnType enumType(String name) {
        return ColumnType.enumeration(name, labels(name).orElse(List.of("?")));
    }

    /** The values of the enum type {@code name} in order, or empty when there is no such type (or none is known). */
    private Optional<List<String>> labels(String name) {
        Optional<Connection> connection = context.connection();
        if (connection.isPresent()) {
            List<String> labels = query(connection.get(), LABELS, name);
            return labels.isEmpty() ? Optional.empty() : Optional.of(labels);
        }
        return context.schema().flatMap(s -> s.schema().tables().stream().flatMap(t -> t.columns().stream())
                .map(c -> enumOf(c.type())).filter(t -> t != null && t.name().equals(name))
                .map(ColumnType::values).findFirst());
    }

    /** The {@code "table.column"}s of type {@code name} (or arrays of it), or empty when nothing is known. */
    private Optional<Set<String>> users(String name) {
        Optional<Connection> connection = context.connection();
        if (connection.isPresent()) {
            return Optional.of(Set.copyOf(query(connection.get(), USERS, name)));
        }
        return context.schema().map(s -> Set.copyOf(s.schema().tables().stream().flatMap(t -> t.columns().stream()
                .filter(c -> enumOf(c.type()) != null && enumOf(c.type()).name().equals(name))
                .map(c -> t.name() + "." + c.name())).toList()));
    }

    private static final String IN_SCHEMA = " t.typnamespace = current_schema()::regnamespace";
    private static final String LABELS = "SELECT e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
            + " WHERE t.typname = ? AND" + IN_SCHEMA + " ORDER BY e.enumsortorder";
    private static final String USERS = "SELECT c.relname || '.' || a.attname FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON a.atttypid IN (t.oid, t.typarray)"
            + " WHERE t.typname = ? AND t.typtype = 'e' AND" + IN_SCHEMA + " AND a.attnum > 0 AND NOT a.attisdropped";
    private static final String USED_TYPES = "SELECT a.attname || chr(10) || t.typname FROM pg_attribute a"
            + " JOIN pg_type t ON a.atttypid IN (t.oid, t.typarray) AND t.typtype = 'e'"
            + " WHERE a.attrelid = to_regclass(quote_ident(?)) AND a.attnum > 0 AND NOT a.attisdropped";

    private static final String DEFAULT = "SELECT pg_get_expr(d.adbin, d.adrelid) FROM (SELECT CAST(? AS text) p) x"
            + " JOIN pg_attribute a ON a.attrelid = to_regclass(quote_ident(split_part(x.p, chr(10), 1)))"
            + " AND a.attname = split_part(x.p, chr(10), 2)"
            + " JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum";

    private static List<String> query(Connection connection, String sql, String parameter) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new LoquentException("cannot read PostgreSQL's enum types (" + e.getMessage() + ")", e);
        }
    }
}
