package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.TableName;
import io.loquent.dialect.mysql.MySqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads what MySQL needs but an operation may not carry from information_schema of the table's database
 * (the current one, {@code DATABASE()}, for a table named without one): a column's whole definition, for MODIFY COLUMN, and a constraint's kind, for DROP. Names are
 * bound as parameters, never written into the query.
 */
final class MySqlCatalog {
    private static final String COLUMN = "SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
            + " COLLATION_NAME, VERSION() FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND COLUMN_NAME = ?";
    private static final String CONSTRAINT = "SELECT CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?";
    private static final String PRIMARY_KEY_NAME = "SELECT INDEX_COMMENT FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND INDEX_NAME = 'PRIMARY' LIMIT 1";
    private static final String INDEX = "SELECT INDEX_NAME FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1";
    private static final Pattern GENERATED = Pattern.compile("\\b(?:virtual|stored|persistent)\\b");

    private final Connection connection;
    private final MySqlDialect dialect;

    MySqlCatalog(Connection connection, MySqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The current definition of {@code table.column}. */
    ColumnState column(String table, String column) {
        String subject = "'" + table + "." + column + "'";
        try (PreparedStatement query = connection.prepareStatement(COLUMN)) {
            TableName name = TableName.parse(table);
            query.setString(1, name.schema());
            query.setString(2, name.name());
            query.setString(3, column);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new LoquentException("Column " + subject + " not found in information_schema.COLUMNS of the"
                            + " current database: MySQL restates a whole column to change it, so it reads the current"
                            + " definition first. Check the table and column names and the database in the URL");
                }
                String extra = rs.getString("EXTRA");
                if (extra != null && GENERATED.matcher(extra.toLowerCase(Locale.ROOT)).find()) {
                    throw new NotSupportedException(dialect.name(), "alter column " + table + "." + column,
                            "it is a generated column, whose expression Loquent does not restate. Change it with"
                                    + " execute(sql)");
                }
                boolean mariaDb = MariaDb.is(rs.getString(7));
                return ColumnState.fromCatalog(rs.getString("COLUMN_TYPE"), "YES".equals(rs.getString("IS_NULLABLE")),
                        rs.getString("COLUMN_DEFAULT"), extra, rs.getString("COLUMN_COMMENT"),
                        rs.getString("COLLATION_NAME"), mariaDb, dialect);
            }
        } catch (SQLException e) {
            throw new LoquentException("Cannot read column " + subject + " from information_schema.COLUMNS: "
                    + e.getMessage() + ". Check that the connection may read information_schema, or give existingType"
                    + " and existingNullable to alterColumn", e);
        }
    }

    /**
     * The kind of constraint {@code name} on {@code table}. A primary key is found by the name Loquent gave it, which
     * MySQL keeps only as the key's comment (see {@link MySqlRenderer}); its own name is always PRIMARY.
     */
    TableConstraint.Kind constraintKind(String table, String name) {
        String subject = "'" + name + "' on table '" + table + "'";
        Set<String> types = new TreeSet<>();
        String primaryKeyName;
        try {
            types.addAll(strings(CONSTRAINT, schemaOf(table), TableName.bare(table), name));
            primaryKeyName = strings(PRIMARY_KEY_NAME, schemaOf(table), TableName.bare(table)).stream().findFirst().orElse(null);
        } catch (SQLException e) {
            throw new LoquentException("Cannot read constraint " + subject + " from information_schema: "
                    + e.getMessage() + ". Pass the constraint's kind to dropConstraint instead", e);
        }
        if (types.isEmpty() && name.equals(primaryKeyName)) {
            return TableConstraint.Kind.PRIMARY_KEY;
        }
        if (types.size() != 1) {
            String unnamedKey = types.isEmpty() && primaryKeyName != null && primaryKeyName.isEmpty()
                    ? "; the table's primary key records no name (it was made by hand or by an older Loquent), so"
                    + " drop it with kind PRIMARY_KEY if it is the one meant" : "";
            throw new LoquentException("Constraint " + subject + (types.isEmpty() ? " not found" : " is ambiguous ("
                    + String.join(", ", types) + ")") + " in information_schema of the current database: MySQL drops"
                    + " each kind of constraint with its own clause. Check the name, or pass the kind to"
                    + " dropConstraint" + unnamedKey);
        }
        return switch (types.iterator().next()) {
            case "PRIMARY KEY" -> TableConstraint.Kind.PRIMARY_KEY;
            case "UNIQUE" -> TableConstraint.Kind.UNIQUE;
            case "FOREIGN KEY" -> TableConstraint.Kind.FOREIGN_KEY;
            case "CHECK" -> TableConstraint.Kind.CHECK;
            default -> throw new LoquentException("Constraint " + subject + " has kind '" + types.iterator().next()
                    + "', which Loquent does not know. Pass the kind to dropConstraint");
        };
    }

    /** The first column of each row of {@code query}, its parameters bound in order. */
    /**
     * Whether {@code table} has an index called {@code name}: InnoDB gives a foreign key without a usable index one
     * of its own under the key's name, and keeps it when the key is dropped.
     */
    boolean hasIndex(String table, String name) {
        try {
            return !strings(INDEX, schemaOf(table), TableName.bare(table), name).isEmpty();
        } catch (SQLException e) {
            throw new LoquentException("Cannot read the indexes of table '" + table + "' from"
                    + " information_schema.STATISTICS: " + e.getMessage() + ". Check that the connection may read"
                    + " information_schema", e);
        }
    }

    private static String schemaOf(String table) {
        return TableName.schemaOf(table);
    }

    private List<String> strings(String query, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
