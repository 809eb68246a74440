package io.loquent.dialect.postgres;

import io.loquent.dialect.postgres.internal.PostgresSplitter;
import io.loquent.api.dialect.AnsiDialect;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.JsonText;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.TypeRefusals;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.WaitProbe;
import io.loquent.dialect.postgres.internal.AdvisoryLock;
import io.loquent.dialect.postgres.internal.BlockingSessions;
import io.loquent.dialect.postgres.internal.CatalogTypes;
import io.loquent.dialect.postgres.internal.PostgresCatalogReader;
import io.loquent.dialect.postgres.internal.PostgresRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * PostgreSQL (10 and later). It keeps almost all of standard SQL: double-quoted identifiers,
 * {@code TRUE}/{@code FALSE}, identity columns, {@code COMMENT ON} and transactional DDL. What differs is the type
 * names, the {@code bytea} literal, and ALTER TABLE, where several clauses share one statement (see
 * {@link PostgresRenderer}).
 *
 * <p>String literals mean the same whatever {@code standard_conforming_strings} is: text without a backslash is a
 * standard literal ({@code 'it''s'}), text with one an escape string ({@code E'C:\\temp'}), which reads backslashes
 * as escapes under both settings.
 */
public class PostgresDialect extends AnsiDialect {
    private static final PostgresSplitter SPLITTER = new PostgresSplitter();

    @Override
    public String name() {
        return "postgresql";
    }

    /** As {@code psql} reads a file: dollar-quoted bodies, nested comments and {@code E'…'} strings are one piece. */
    @Override
    public List<String> splitStatements(String script) {
        return SPLITTER.split(script);
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String driverClass(String url) {
        return url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
    }

    /** {@code CREATE/DROP INDEX CONCURRENTLY} "cannot run inside a transaction block": each runs on its own. */
    @Override
    public boolean runsOutsideTransaction(Operation operation) {
        return operation instanceof CreateIndex c && c.concurrently()
                || operation instanceof DropIndex d && d.concurrently();
    }

    /** NAMEDATALEN - 1, in bytes of the (UTF-8) server encoding, so names with multi-byte characters fit less. */
    @Override
    public IdentifierLimit maxIdentifierLength() {
        return IdentifierLimit.utf8Bytes(63);
    }

    /**
     * Text, UUIDs, enums and JSON documents (maps, lists) are bound as untyped parameters, so that the server reads
     * them as it reads a quoted literal: into {@code uuid}, {@code jsonb} or an enum column as well as into text (a
     * {@code varchar} parameter would need a cast there).
     */
    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (JsonText.isDocument(value)) {
            statement.setObject(index, JsonText.of(value), Types.OTHER);
        } else if (value instanceof CharSequence || value instanceof UUID || value instanceof Enum<?>) {
            statement.setObject(index, value instanceof Enum<?> e ? e.name() : value.toString(), Types.OTHER);
        } else {
            super.bind(statement, index, value);
        }
    }

    /** Who holds the locks the migration's backend waits for, from {@code pg_blocking_pids}. */
    @Override
    public WaitProbe waitProbe(Connection migration) throws SQLException {
        return BlockingSessions.of(migration);
    }

    /**
     * The tables and sequences of {@code current_schema()}, read from pg_catalog in five queries (see
     * {@link PostgresCatalogReader}).
     */
    @Override
    public Schema reflect(Connection connection, Set<String> exclude) throws SQLException {
        return PostgresCatalogReader.read(connection, exclude, Set.of());
    }

    /** As {@link #reflect(Connection, Set)}, with the tables of {@code schemas}, named {@code schema.table}. */
    @Override
    public Schema reflect(Connection connection, Set<String> exclude, Set<String> schemas) throws SQLException {
        return PostgresCatalogReader.read(connection, exclude, schemas);
    }

    /**
     * PostgreSQL stores an expression with the casts it inferred, and parentheses around what it cast:
     * {@code lower('X')} comes back {@code lower('X'::text)}, {@code length(name) > 0} as
     * {@code (length((name)::text) > 0)}. Both are undone; a function's own parentheses stay.
     */
    @Override
    public String comparableExpression(String expression) {
        String plain = CAST.matcher(super.comparableExpression(expression)).replaceAll("");
        for (String unwrapped = plain; ; plain = unwrapped) {
            unwrapped = WRAPPED_NAME.matcher(plain).replaceAll("$1");
            if (unwrapped.equals(plain)) {
                return plain;
            }
        }
    }

    /** A cast as PostgreSQL writes one back: {@code ::text}, {@code ::character varying(20)}, {@code ::int4[]}. */
    private static final java.util.regex.Pattern CAST =
            java.util.regex.Pattern.compile("::[a-z_]+(\\(\\d+(,\\d+)?\\))?(\\[])?");
    /** A name alone in parentheses that are not a call's: {@code (name)}, not {@code f(name)}. */
    private static final java.util.regex.Pattern WRAPPED_NAME =
            java.util.regex.Pattern.compile("(?<![a-z0-9_\"])\\(([a-z_][a-z0-9_]*|\"[^\"]*\")\\)");

    /**
     * The name with its ASCII letters A to Z in lower case, as PostgreSQL folds an unquoted identifier. It leaves
     * every other character as it is in a multi-byte server encoding such as UTF-8 ({@code downcase_identifier} in
     * the server's {@code scansup.c}), so {@code ÉTÉ} stays {@code ÉTÉ}: Java's {@code toLowerCase} would not.
     */
    @Override
    public String unquotedName(String identifier) {
        StringBuilder folded = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /**
     * Every kind reads back as declared ({@link PostgresCatalogReader} keeps them all apart), but for bytes of a fixed
     * length: PostgreSQL has none, so {@code binary(n)} is a {@code BYTEA} and reads back as {@code binary()}; and a
     * custom type, which reads back as PostgreSQL names it ({@link CatalogTypes#declared}).
     */
    @Override
    public ColumnType reflectedType(ColumnType declared) {
        return switch (declared.kind()) {
            case BINARY -> ColumnType.of(ColumnType.Kind.BINARY);
            case ARRAY -> ColumnType.array(reflectedType(declared.element()));
            case CUSTOM -> CatalogTypes.declared(TypeRefusals.customSpelling(name(), declared));
            default -> declared;
        };
    }

    @Override
    public String typeSql(ColumnType type) {
        if (type.unsigned()) {
            throw TypeRefusals.refuse(name(), type, "PostgreSQL has no unsigned integers. Use "
                    + (type.kind() == ColumnType.Kind.BIG_INTEGER ? "decimal(20, 0)" : type.kind() == ColumnType.Kind.INTEGER
                    ? "bigInteger()" : "integer()") + ", the next wider type, with a check (column >= 0)");
        }
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIG_INTEGER -> "BIGINT";
            case SMALL_INTEGER -> "SMALLINT";
            case STRING -> "VARCHAR(" + type.length() + ")";
            case CHAR -> "CHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DOUBLE -> "DOUBLE PRECISION";
            case REAL -> "REAL";
            case DATE -> "DATE";
            case TIME -> type.timeZone() ? "TIME WITH TIME ZONE" : "TIME";
            case TIMESTAMP -> type.timeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
            case BINARY -> "BYTEA"; // of any length: PostgreSQL has no fixed-length bytes
            case UUID -> "UUID";
            case JSON -> "JSONB";
            case ENUM -> quote(type.name()); // created by the renderer before its first column (EnumTypes)
            case ARRAY -> typeSql(type.element()) + "[]";
            case CUSTOM -> TypeRefusals.customSpelling(name(), type);
        };
    }

    /**
     * {@code 'it''s'}, or, when the text holds a backslash, {@code E'…'} with backslashes doubled as well. A standard
     * literal reads a backslash as an escape when {@code standard_conforming_strings} is off (a setting a database's
     * owner controls), so {@code \'} would close it; an escape string reads it the same way under both settings.
     */
    @Override
    protected String stringLiteral(String text) {
        String standard = super.stringLiteral(text);
        return text.indexOf('\\') < 0 ? standard : "E" + standard.replace("\\", "\\\\");
    }

    /**
     * {@code E'\\x0a1b'::bytea}: the hex input format of {@code bytea}, through {@link #stringLiteral} so that it
     * reads the same under every {@code standard_conforming_strings}. Standard {@code X'..'} is a bit string in
     * PostgreSQL and does not convert to {@code bytea}.
     */
    @Override
    protected String binaryLiteral(byte[] bytes) {
        return stringLiteral("\\x" + HexFormat.of().formatHex(bytes)) + "::bytea";
    }

    /** A session-level advisory lock on the lock's own connection (see {@link AdvisoryLock}). */
    @Override
    public MigrationLock lock(LockRequest request) {
        return AdvisoryLock.acquire(request);
    }

    @Override
    protected AnsiRenderer renderer(RenderContext context) {
        return new PostgresRenderer(this, context);
    }
}
