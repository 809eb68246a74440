package io.loquent.api.dialect;

import io.loquent.api.operation.Operation;
import java.util.List;

/**
 * Everything that differs between databases: type names, quoting, literals, the SQL of each operation, and what the
 * database can do. Implementations are stateless and thread-safe; the runner asks for capabilities, never for a
 * class.
 */
public interface Dialect {
    /** A short lower-case name, used by {@code --dialect} and in messages: {@code sqlite}, {@code postgresql}. */
    String name();

    /** Whether this dialect serves the given JDBC URL. */
    boolean acceptsUrl(String jdbcUrl);

    /**
     * The statements that perform {@code operation}, in order. Each is a complete statement without a trailing
     * semicolon, with every identifier quoted and every value rendered as a safe literal, so that the same text can be
     * executed online or printed offline.
     *
     * @throws NotSupportedException when this database cannot perform the operation
     */
    List<String> render(Operation operation, RenderContext context);

    /** The identifier quoted this database's way, with quote characters inside it escaped. */
    String quote(String identifier);

    /** {@code value} as a SQL literal of this database; null is {@code NULL}. */
    String literal(Object value);

    /** Whether DDL takes part in transactions, so that a failed revision leaves nothing behind. */
    boolean transactionalDdl();

    /**
     * The longest identifier the database accepts, and how it measures one (PostgreSQL in UTF-8 bytes, MySQL in
     * characters). Every name is checked and every generated name shortened with it, so that the server never cuts a
     * name short.
     */
    IdentifierLimit maxIdentifierLength();

    /** {@code DELETE FROM table WHERE column = value}. */
    default String deleteWhere(String table, String column, Object value) {
        return "DELETE FROM " + quote(table) + " WHERE " + quote(column) + " = " + literal(value);
    }

    /** {@code UPDATE table SET column = newValue WHERE column = oldValue}. */
    default String updateWhere(String table, String column, Object oldValue, Object newValue) {
        return "UPDATE " + quote(table) + " SET " + quote(column) + " = " + literal(newValue)
                + " WHERE " + quote(column) + " = " + literal(oldValue);
    }

    /** {@code SELECT columns FROM table}, ordered by {@code orderBy} when it is not null. */
    default String select(String table, List<String> columns, String orderBy) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
        }
        sql.append(" FROM ").append(quote(table));
        return orderBy == null ? sql.toString() : sql.append(" ORDER BY ").append(quote(orderBy)).toString();
    }

    /**
     * Where the migration lock lives. {@link LockScope#SESSION}: {@link #lock} takes it on a connection of its own.
     * {@link LockScope#TRANSACTION}: the whole run is one exclusive transaction on the migration's connection, opened
     * by {@link #exclusiveBegin()}, with each revision a savepoint (SQLite, where a second connection cannot write
     * while another holds the lock).
     */
    default LockScope lockScope() {
        return LockScope.SESSION;
    }

    /** Where the migration lock lives. */
    enum LockScope { SESSION, TRANSACTION }

    /**
     * Takes the migration lock for {@link LockScope#SESSION} dialects, waiting up to the request's timeout.
     *
     * @throws LockTimeoutException when another run holds it for longer
     */
    default MigrationLock lock(LockRequest request) {
        throw new NotSupportedException(name(), "lock the database against concurrent runs",
                "this dialect implements no migration lock; run one migration at a time");
    }

    /**
     * For {@link LockScope#TRANSACTION} dialects: whether a failed {@link #exclusiveBegin()} means another connection
     * holds the lock (wait and retry) rather than a real error (report it).
     */
    default boolean isLockBusy(java.sql.SQLException failure) {
        return false;
    }

    /** For {@link LockScope#TRANSACTION} dialects, the statement that opens the run's exclusive transaction. */
    default String exclusiveBegin() {
        return null;
    }

    /** The hooks around a run on this connection (or offline); none by default. */
    default RunHooks runHooks(RenderContext context) {
        return RunHooks.NONE;
    }

    /**
     * The URL to connect with: a dialect may add what its bundled driver needs (MariaDB Connector/J accepts
     * {@code jdbc:mysql:} only with {@code permitMysqlScheme}).
     */
    default String connectionUrl(String url) {
        return url;
    }

    /** The statement that opens a transaction in an offline script, or null when the dialect has none. */
    default String beginTransaction() {
        return transactionalDdl() ? "BEGIN" : null;
    }

    /** The statement that commits a transaction in an offline script, or null when the dialect has none. */
    default String commitTransaction() {
        return transactionalDdl() ? "COMMIT" : null;
    }
}
