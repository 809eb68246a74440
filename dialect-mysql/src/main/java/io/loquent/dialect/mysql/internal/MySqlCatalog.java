package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.mysql.MySqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads what MySQL needs but an operation may not carry from information_schema of the current database
 * ({@code DATABASE()}): a column's whole definition, for MODIFY COLUMN, and a constraint's kind, for DROP. Names are
 * bound as parameters, never written into the query.
 */
final class MySqlCatalog {
    private static final String COLUMN = "SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
            + " COLLATION_NAME, VERSION() FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?";
    private static final String CONSTRAINT = "SELECT CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?";
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
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new LoquentException("Column " + subject + " not found in information_schema.COLUMNS of the"
                            + " current database: MySQL restates a whole column to change it, so it reads the current"
                            + " definition first. Check the table and column names and the database in the URL.");
                }
                String extra = rs.getString("EXTRA");
                if (extra != null && GENERATED.matcher(extra.toLowerCase(Locale.ROOT)).find()) {
                    throw new NotSupportedException(dialect.name(), "alter column " + table + "." + column,
                            "it is a generated column, whose expression Loquent does not restate. Change it with"
                                    + " execute(sql).");
                }
                boolean mariaDb = rs.getString(7).toLowerCase(Locale.ROOT).contains("mariadb");
                return ColumnState.fromCatalog(rs.getString("COLUMN_TYPE"), "YES".equals(rs.getString("IS_NULLABLE")),
                        rs.getString("COLUMN_DEFAULT"), extra, rs.getString("COLUMN_COMMENT"),
                        rs.getString("COLLATION_NAME"), mariaDb, dialect);
            }
        } catch (SQLException e) {
            throw new LoquentException("Cannot read column " + subject + " from information_schema.COLUMNS: "
                    + e.getMessage() + ". Check that the connection may read information_schema, or give existingType"
                    + " and existingNullable to alterColumn.", e);
        }
    }

    /** The kind of constraint {@code name} on {@code table}. */
    TableConstraint.Kind constraintKind(String table, String name) {
        String subject = "'" + name + "' on table '" + table + "'";
        Set<String> types = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(CONSTRAINT)) {
            query.setString(1, table);
            query.setString(2, name);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new LoquentException("Cannot read constraint " + subject
                    + " from information_schema.TABLE_CONSTRAINTS: " + e.getMessage()
                    + ". Pass the constraint's kind to dropConstraint instead.", e);
        }
        if (types.size() != 1) {
            throw new LoquentException("Constraint " + subject + (types.isEmpty() ? " not found" : " is ambiguous ("
                    + String.join(", ", types) + ")") + " in information_schema.TABLE_CONSTRAINTS of the current"
                    + " database: MySQL drops each kind of constraint with its own clause. Check the name, or pass the"
                    + " kind to dropConstraint; MySQL names every primary key PRIMARY, so drop a primary key with kind"
                    + " PRIMARY_KEY.");
        }
        return switch (types.iterator().next()) {
            case "PRIMARY KEY" -> TableConstraint.Kind.PRIMARY_KEY;
            case "UNIQUE" -> TableConstraint.Kind.UNIQUE;
            case "FOREIGN KEY" -> TableConstraint.Kind.FOREIGN_KEY;
            case "CHECK" -> TableConstraint.Kind.CHECK;
            default -> throw new LoquentException("Constraint " + subject + " has kind '" + types.iterator().next()
                    + "', which Loquent does not know. Pass the kind to dropConstraint.");
        };
    }
}
