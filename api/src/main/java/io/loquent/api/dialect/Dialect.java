package io.loquent.api.dialect;

import io.loquent.api.operation.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

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

    /**
     * The statements of a SQL script as this database's shell reads it (a {@code .sql} revision's section), each
     * without its delimiter. By default standard SQL's ({@link StatementSplitter#ANSI}); a dialect whose database
     * quotes or delimits otherwise returns its own.
     */
    default List<String> splitStatements(String script) {
        return StatementSplitter.ANSI.split(script);
    }

    /**
     * {@code statement} as an offline script holds it, for the database's shell to read back as one statement: by
     * default followed by {@code ;} and a line break. A dialect whose shell would split a statement that holds
     * semicolons of its own (a MySQL procedure body) writes it otherwise.
     */
    default String scriptStatement(String statement) {
        return statement + ";\n";
    }

    /** The identifier quoted this database's way, with quote characters inside it escaped. */
    String quote(String identifier);

    /**
     * A table's name quoted: {@code table} or {@code schema.table} ({@link io.loquent.api.schema.TableName}), each
     * part quoted with {@link #quote}, as {@code "app"."items"}. Every table name in SQL passes here; a database
     * without schemas refuses a qualified name.
     */
    default String quoteTable(String table) {
        return io.loquent.api.schema.TableName.parse(table).render(this::quote);
    }

    /** {@code value} as a SQL literal of this database; null is {@code NULL}. */
    String literal(Object value);

    /** Whether DDL takes part in transactions, so that a failed revision leaves nothing behind. */
    boolean transactionalDdl();

    /**
     * Whether {@code operation} cannot run in a transaction, so that the runner runs it on its own outside the
     * revision's, as {@code op.autocommitBlock} does (PostgreSQL's {@code CREATE INDEX CONCURRENTLY}); offline
     * scripts write it outside BEGIN/COMMIT too. None by default.
     */
    default boolean runsOutsideTransaction(io.loquent.api.operation.Operation operation) {
        return false;
    }

    /**
     * The longest identifier the database accepts, and how it measures one (PostgreSQL in UTF-8 bytes, MySQL in
     * characters). Every name is checked and every generated name shortened with it, so that the server never cuts a
     * name short.
     */
    IdentifierLimit maxIdentifierLength();

    /**
     * The statement that inserts one row into {@code columns} of {@code table}, with one {@code ?} per column, so that
     * online runs bind values as parameters: they then reach the database exactly, whatever the session's settings
     * (PostgreSQL's {@code standard_conforming_strings}, MySQL's {@code NO_BACKSLASH_ESCAPES}). Offline scripts use
     * {@link #literal} instead.
     */
    default String insertStatement(String table, List<String> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoteTable(table)).append(" (");
        StringBuilder values = new StringBuilder(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
            values.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(values).append(')').toString();
    }

    /**
     * {@code UPDATE table SET c1 = ?, … WHERE keyColumn = ?}, for changing a row with the values bound as parameters
     * (Loquent's history rows as a revision runs).
     */
    default String updateStatement(String table, List<String> columns, String keyColumn) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(quoteTable(table)).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(" = ?");
        }
        return sql.append(" WHERE ").append(quote(keyColumn)).append(" = ?").toString();
    }

    /**
     * Binds one value of a row to a parameter of {@link #insertStatement}: the values {@link #literal} accepts, null
     * included. Enums are bound by name, UUIDs as text, and maps and lists as their {@link JsonText JSON text}; a
     * dialect converts what its driver does not take as it is.
     */
    default void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof CharSequence || value instanceof UUID) {
            statement.setString(index, value.toString());
        } else if (JsonText.isDocument(value)) {
            statement.setString(index, JsonText.of(value));
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * As {@link #bind(PreparedStatement, int, Object)}, for a {@code bulkInsert} value, knowing the column it goes to:
     * {@code columnType} is the column's type as the database names it ({@link java.sql.ResultSetMetaData#getColumnTypeName},
     * such as {@code jsonb} or {@code JSON}), or null where it cannot be read. A dialect whose driver would store text
     * bound to a JSON column as a JSON string ({@code "{\"a\": 1}"}) binds it here as a document instead, and one
     * whose database converts nothing binds each value as its column's type. By default the value's own type decides.
     */
    default void bind(PreparedStatement statement, int index, Object value, String columnType) throws SQLException {
        bind(statement, index, value);
    }

    /** {@code DELETE FROM table WHERE column = value}. */
    default String deleteWhere(String table, String column, Object value) {
        return "DELETE FROM " + quoteTable(table) + " WHERE " + quote(column) + " = " + literal(value);
    }

    /** {@code UPDATE table SET column = newValue WHERE column = oldValue}. */
    default String updateWhere(String table, String column, Object oldValue, Object newValue) {
        return "UPDATE " + quoteTable(table) + " SET " + quote(column) + " = " + literal(newValue)
                + " WHERE " + quote(column) + " = " + literal(oldValue);
    }

    /** {@code SELECT columns FROM table}, ordered by {@code orderBy} when it is not null. */
    default String select(String table, List<String> columns, String orderBy) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
        }
        sql.append(" FROM ").append(quoteTable(table));
        return orderBy == null ? sql.toString() : sql.append(" ORDER BY ").append(quote(orderBy)).toString();
    }

    /**
     * Takes the migration lock, waiting up to the request's timeout. It must be released by the database or the
     * operating system when the holder dies, so that a killed run never blocks the next one. A database without
     * advisory or named locks returns {@link TableLock#acquire(Dialect, LockRequest) TableLock.acquire(this, request)},
     * a lock row whose stale rows expire. Users with a single deployer may switch locking off ({@code lock=none}),
     * and then this is never called.
     *
     * @throws LockTimeoutException when another run holds it for longer
     */
    default MigrationLock lock(LockRequest request) {
        throw new NotSupportedException(name(), "lock the database against concurrent runs",
                "this dialect implements no migration lock. Set lock=none where only one deployer ever migrates this"
                        + " database, or have the dialect return TableLock.acquire(this, request) from lock()");
    }

    /**
     * Whether {@code failure} says the database refuses changes altogether (it is read-only, or the user lacks the
     * privilege) rather than that a statement is wrong, so that the advice points at the connection and not at the
     * script. By default the standard SQLStates: {@code 25006} (read-only transaction) and {@code 42501}
     * (insufficient privilege).
     */
    default boolean refusesChanges(SQLException failure) {
        String state = failure.getSQLState();
        return "25006".equals(state) || "42501".equals(state);
    }

    /**
     * A probe for what keeps {@code migration}'s session waiting; {@link WaitProbe#NONE} (the default) where the
     * database cannot tell.
     */
    default WaitProbe waitProbe(Connection migration) throws SQLException {
        return WaitProbe.NONE;
    }

    /**
     * The schema the database holds now, in the connection's current schema (PostgreSQL) or database (MySQL) or its
     * main database (SQLite), read in bulk: the number of catalogue queries must not grow with the number of tables.
     * Tables, columns (portable type with the database's own type name, nullability, default, auto-increment,
     * comment), named constraints, indexes (not those a constraint keeps for itself), table comments, and sequences
     * (not those a serial or identity column owns, which belong to that column).
     *
     * @param exclude tables, and sequences, to leave out, such as Loquent's own version and history tables
     * @throws NotSupportedException when the dialect cannot read its catalogue
     */
    default io.loquent.api.schema.Schema reflect(Connection connection, java.util.Set<String> exclude)
            throws SQLException {
        throw new NotSupportedException(name(), "read the schema from the catalogue",
                "this dialect has no reflection; autogenerate and drift checks need one");
    }

    /**
     * As {@link #reflect(Connection, java.util.Set)}, with the tables of {@code schemas} as well (PostgreSQL schemas,
     * MySQL databases), each named {@code schema.table} ({@link io.loquent.api.schema.TableName}) as a revision names
     * it; the default schema's tables stay bare. By default only the default schema, and other schemas are refused.
     *
     * @param schemas further schemas to read; the connection's default schema is always read
     */
    default io.loquent.api.schema.Schema reflect(Connection connection, java.util.Set<String> exclude,
                                                 java.util.Set<String> schemas) throws SQLException {
        if (!schemas.isEmpty()) {
            throw new NotSupportedException(name(), "read the tables of schema " + String.join(", ", schemas),
                    "this dialect reads only the connection's default schema. Name those tables without a schema");
        }
        return reflect(connection, exclude);
    }

    /**
     * The name under which the database keeps {@code identifier} when a client sends it unquoted, as JPA providers
     * do: PostgreSQL folds it to lower case, MySQL and SQLite keep it as written. Names an entity model maps pass
     * through here, so that autogenerate creates the tables the application's queries will find.
     */
    default String unquotedName(String identifier) {
        return identifier;
    }

    /**
     * The type {@link #reflect} reads back for a column declared with {@code declared} (without its native name),
     * where the two differ: SQLite keeps a UUID as {@code VARCHAR(36)}, for instance. Comparisons pass a model's
     * types through here, so that a column created from a model compares equal to that model and nothing flaps.
     */
    default io.loquent.api.schema.ColumnType reflectedType(io.loquent.api.schema.ColumnType declared) {
        return declared;
    }

    /**
     * As {@link #reflectedType(io.loquent.api.schema.ColumnType)}, for a column that auto-increments or not: SQLite
     * numbers rows only through a key declared {@code INTEGER}, so its auto-incrementing keys of every integer kind
     * read back as INTEGER.
     */
    default io.loquent.api.schema.ColumnType reflectedType(io.loquent.api.schema.ColumnType declared,
                                                           boolean autoIncrement) {
        return reflectedType(declared);
    }

    /**
     * Whether the database keeps table and column comments, so that a comparison can expect to read back a comment
     * it asked for (SQLite has none).
     */
    default boolean keepsComments() {
        return true;
    }

    /**
     * Whether {@code addColumn} places a column where {@code first()} or {@code after(c)} asks (MySQL, MariaDB); where
     * not, the column is appended, as Laravel does on those databases, and the replayed history appends it too.
     */
    default boolean placesColumns() {
        return false;
    }

    /**
     * Whether {@link #reflect} reads an identity's start, increment and always/by default back, so that a comparison
     * can expect them. MySQL and MariaDB keep only the table's next AUTO_INCREMENT value, which moves with every
     * insert, so there a column reads back as plain auto-increment and its options are not compared.
     */
    default boolean keepsIdentityOptions() {
        return true;
    }

    /**
     * {@code expression}, the SQL of a column default, in a form in which two spellings that this database stores
     * as one are equal. A comparison of a model's default with the one {@link #reflect} reads back goes through
     * here, as servers rewrite the expressions they keep (PostgreSQL adds casts, MariaDB renames functions). By
     * default: lower case and without whitespace outside quoted strings, and without enclosing parentheses.
     */
    default String comparableExpression(String expression) {
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        for (char c : expression.strip().toCharArray()) {
            quoted = c == '\'' ? !quoted : quoted; // '' inside a string leaves and re-enters it: the same text
            if (quoted || c == '\'') {
                text.append(c);
            } else if (!Character.isWhitespace(c)) {
                text.append(Character.toLowerCase(c));
            }
        }
        String result = text.toString();
        while (enclosed(result)) {
            result = result.substring(1, result.length() - 1);
        }
        return result;
    }

    /** Whether the whole of {@code text} is one parenthesised expression: {@code (a + b)}, not {@code (a) + (b)}. */
    private static boolean enclosed(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many rows {@code table} holds, for lint's sense of what is large: by default an exact {@code COUNT(*)};
     * a dialect whose catalogue keeps an estimate (PostgreSQL's {@code reltuples}) may read that instead.
     */
    default long rows(Connection connection, String table) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quoteTable(table))) {
            rs.next();
            return rs.getLong(1);
        }
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

    /**
     * The class of the JDBC driver to connect to {@code url} through, when it is on the class path and accepts the
     * URL; null (the default) leaves the choice to {@link java.sql.DriverManager}. Naming it spares a command-line
     * run the start-up of every other driver that DriverManager loads and asks in turn (about 20 ms with the three
     * bundled drivers).
     *
     * @param url the URL as {@link #connectionUrl(String)} returned it
     */
    default String driverClass(String url) {
        return null;
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
