package io.loquent.jpa.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.jpa.internal.DefinitionTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL type at the start of a {@code columnDefinition} as a portable type: the spellings of PostgreSQL, MySQL,
 * MariaDB, SQLite and standard SQL for each kind, with their arguments ({@code VARCHAR(40)}, {@code NUMERIC(8,2)})
 * and multi-word forms ({@code DOUBLE PRECISION}, {@code CHARACTER VARYING}, {@code TIMESTAMP WITH TIME ZONE}).
 * {@code BINARY(n)} is {@code binary(n)}, exactly n bytes; {@code VARBINARY(n)} and the blobs are {@code binary()}.
 */
final class SqlTypes {
    /** A parsed type: the portable type, whether it is a serial (auto-incrementing) one, and the next token. */
    record Parsed(ColumnType type, boolean serial, int next) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("VARCHAR", Kind.STRING), Map.entry("VARCHAR2", Kind.STRING), Map.entry("NVARCHAR", Kind.STRING),
            Map.entry("CHARACTER VARYING", Kind.STRING), Map.entry("CHAR", Kind.STRING),
            Map.entry("CHARACTER", Kind.STRING), Map.entry("NCHAR", Kind.STRING),
            Map.entry("TEXT", Kind.TEXT), Map.entry("CLOB", Kind.TEXT), Map.entry("LONGTEXT", Kind.TEXT),
            Map.entry("MEDIUMTEXT", Kind.TEXT), Map.entry("TINYTEXT", Kind.TEXT),
            Map.entry("INT", Kind.INTEGER), Map.entry("INTEGER", Kind.INTEGER), Map.entry("INT4", Kind.INTEGER),
            Map.entry("MEDIUMINT", Kind.INTEGER), Map.entry("SERIAL", Kind.INTEGER),
            Map.entry("BIGINT", Kind.BIG_INTEGER), Map.entry("INT8", Kind.BIG_INTEGER),
            Map.entry("BIGSERIAL", Kind.BIG_INTEGER),
            Map.entry("SMALLINT", Kind.SMALL_INTEGER), Map.entry("INT2", Kind.SMALL_INTEGER),
            Map.entry("TINYINT", Kind.SMALL_INTEGER), Map.entry("SMALLSERIAL", Kind.SMALL_INTEGER),
            Map.entry("BOOLEAN", Kind.BOOLEAN), Map.entry("BOOL", Kind.BOOLEAN),
            Map.entry("DECIMAL", Kind.DECIMAL), Map.entry("NUMERIC", Kind.DECIMAL), Map.entry("DEC", Kind.DECIMAL),
            Map.entry("NUMBER", Kind.DECIMAL),
            Map.entry("DOUBLE", Kind.DOUBLE), Map.entry("DOUBLE PRECISION", Kind.DOUBLE), Map.entry("FLOAT", Kind.DOUBLE),
            Map.entry("FLOAT8", Kind.DOUBLE), Map.entry("FLOAT4", Kind.REAL), Map.entry("REAL", Kind.REAL),
            Map.entry("DATE", Kind.DATE),
            Map.entry("TIME", Kind.TIME), Map.entry("TIMETZ", Kind.TIME),
            Map.entry("TIMESTAMP", Kind.TIMESTAMP), Map.entry("TIMESTAMPTZ", Kind.TIMESTAMP),
            Map.entry("DATETIME", Kind.TIMESTAMP),
            Map.entry("UUID", Kind.UUID), Map.entry("JSON", Kind.JSON), Map.entry("JSONB", Kind.JSON),
            Map.entry("BLOB", Kind.BINARY), Map.entry("BYTEA", Kind.BINARY), Map.entry("VARBINARY", Kind.BINARY),
            Map.entry("BINARY", Kind.BINARY), Map.entry("LONGBLOB", Kind.BINARY), Map.entry("MEDIUMBLOB", Kind.BINARY),
            Map.entry("TINYBLOB", Kind.BINARY));

    private SqlTypes() {
    }

    /** The type the tokens start with, or empty when it has no portable kind. */
    static Optional<Parsed> parse(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).isWord()) {
            return Optional.empty();
        }
        String name = tokens.get(0).text().toUpperCase(Locale.ROOT);
        int next = 1;
        if (next < tokens.size() && KINDS.containsKey(name + " " + tokens.get(next).text().toUpperCase(Locale.ROOT))) {
            name = name + " " + tokens.get(next).text().toUpperCase(Locale.ROOT);
            next++;
        }
        Kind kind = KINDS.get(name);
        if (kind == null) {
            return Optional.empty();
        }
        List<Integer> arguments = new ArrayList<>();
        next = arguments(tokens, next, arguments);
        if (next < 0) {
            return Optional.empty();
        }
        int afterArguments = next;
        next = skipZone(tokens, next);
        List<Token> modifiers = tokens.subList(afterArguments, next);
        boolean tinyBoolean = name.equals("TINYINT") && arguments.equals(List.of(1));
        ColumnType type = tinyBoolean ? ColumnType.of(Kind.BOOLEAN) : type(kind, name, arguments);
        // the time zone and the sign, which the catalogues read back: timestamptz, int unsigned
        if (kind == Kind.TIME || kind == Kind.TIMESTAMP) {
            type = type.withTimeZone(name.endsWith("TZ") || modifiers.stream().anyMatch(t -> t.isWord("WITH")));
        } else if (kind.isInteger() && !tinyBoolean) {
            type = type.withUnsigned(modifiers.stream().anyMatch(t -> t.isWord("UNSIGNED")));
        }
        return Optional.of(new Parsed(type, name.endsWith("SERIAL"), next));
    }

    private static ColumnType type(Kind kind, String name, List<Integer> arguments) {
        return switch (kind) {
            case STRING -> new ColumnType(Kind.STRING, arguments.isEmpty()
                    ? (name.startsWith("CHAR") || name.equals("NCHAR") ? 1 : ColumnTypes.DEFAULT_LENGTH)
                    : arguments.get(0), null, null);
            // BINARY(n) is fixed-length, and BINARY alone is BINARY(1) as CHAR is CHAR(1); the others hold any bytes.
            case BINARY -> name.equals("BINARY")
                    ? new ColumnType(Kind.BINARY, arguments.isEmpty() ? 1 : arguments.get(0), null, null)
                    : ColumnType.of(Kind.BINARY);
            case DECIMAL -> arguments.isEmpty()
                    ? ColumnTypes.decimal(ColumnTypes.DEFAULT_PRECISION, ColumnTypes.DEFAULT_SCALE)
                    : ColumnTypes.decimal(arguments.get(0), arguments.size() > 1 ? arguments.get(1) : 0);
            default -> ColumnType.of(kind);
        };
    }

    /** Reads {@code (n[, m])} at {@code from} into {@code arguments}; the next index, or -1 when malformed. */
    private static int arguments(List<Token> tokens, int from, List<Integer> arguments) {
        if (from >= tokens.size() || !tokens.get(from).text().equals("(")) {
            return from;
        }
        int i = from + 1;
        while (i < tokens.size() && !tokens.get(i).text().equals(")")) {
            Token token = tokens.get(i);
            if (token.isNumber() && token.text().chars().allMatch(Character::isDigit)) {
                arguments.add(Integer.parseInt(token.text()));
            } else if (!token.text().equals(",")) {
                return -1;
            }
            i++;
        }
        return i < tokens.size() ? i + 1 : -1;
    }

    /** Skips {@code WITH TIME ZONE}, {@code WITHOUT TIME ZONE} and MySQL's {@code UNSIGNED}. */
    private static int skipZone(List<Token> tokens, int from) {
        int i = from;
        if (i + 2 < tokens.size() && (tokens.get(i).isWord("WITH") || tokens.get(i).isWord("WITHOUT"))
                && tokens.get(i + 1).isWord("TIME") && tokens.get(i + 2).isWord("ZONE")) {
            i += 3;
        }
        while (i < tokens.size() && (tokens.get(i).isWord("UNSIGNED") || tokens.get(i).isWord("SIGNED"))) {
            i++;
        }
        return i;
    }
}
