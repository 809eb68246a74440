package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable type of a column from the type its {@code CREATE TABLE} declares: the inverse of
 * {@link io.loquent.dialect.sqlite.SqliteDialect#typeSql} for the names this dialect writes, and SQLite's own affinity
 * rules (https://www.sqlite.org/datatype3.html#determination_of_column_affinity) for the names it does not. Where two
 * kinds are written alike ({@code TEXT} for TEXT and JSON, {@code VARCHAR(36)} for STRING(36) and UUID) the plainer
 * kind is chosen: the declared name, kept as the native name, is the same either way.
 */
public final class DeclaredTypes {
    private static final Pattern PARAMETERS = Pattern.compile("\\s*([A-Za-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*");

    private static final Pattern UNSIGNED = Pattern.compile("(?i)\\s*(.*?)\\s+UNSIGNED\\s*");

    private DeclaredTypes() {
    }

    /** The portable type of a column declared {@code declared} (empty when it declares none). */
    public static ColumnType of(String declared) {
        String nativeName = declared == null || declared.isBlank() ? null : declared.trim();
        return kindOf(nativeName == null ? "" : nativeName).withNativeName(nativeName);
    }

    private static ColumnType kindOf(String declared) {
        Matcher unsigned = UNSIGNED.matcher(declared);
        if (unsigned.matches()) {
            ColumnType type = kindOf(unsigned.group(1));
            return type.kind().isInteger() ? type.withUnsigned(true) : type;
        }
        Matcher m = PARAMETERS.matcher(declared);
        String base = (m.matches() ? m.group(1) : declared).toUpperCase(Locale.ROOT);
        Integer first = m.matches() ? Integer.valueOf(m.group(2)) : null;
        Integer second = m.matches() && m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
        switch (base) {
            case "BIGINT": return ColumnType.of(Kind.BIG_INTEGER);
            case "SMALLINT": return ColumnType.of(Kind.SMALL_INTEGER);
            case "BOOLEAN", "BOOL": return ColumnType.of(Kind.BOOLEAN);
            case "DATE": return ColumnType.of(Kind.DATE);
            case "TIME": return ColumnType.of(Kind.TIME);
            case "TIMETZ": return ColumnType.of(Kind.TIME).withTimeZone(true);
            case "TIMESTAMP", "DATETIME": return ColumnType.of(Kind.TIMESTAMP);
            case "TIMESTAMPTZ": return ColumnType.of(Kind.TIMESTAMP).withTimeZone(true);
            case "REAL", "FLOAT": return ColumnType.of(Kind.REAL);
            case "CHAR", "CHARACTER":
                if (first != null && first > 0) {
                    return new ColumnType(Kind.CHAR, first, null, null);
                }
                return byAffinity(base, first);
            case "JSON": return ColumnType.of(Kind.JSON);
            case "UUID": return ColumnType.of(Kind.UUID);
            case "NUMERIC", "DECIMAL":
                if (first != null) {
                    return new ColumnType(Kind.DECIMAL, null, first, second == null ? 0 : second);
                }
                return ColumnType.of(Kind.DOUBLE); // NUMERIC affinity without digits: closest is a double
            default: return byAffinity(base, first);
        }
    }

    /** SQLite's affinity rules, in its order: INT, then CHAR/CLOB/TEXT, then BLOB or none, then REAL/FLOA/DOUB. */
    private static ColumnType byAffinity(String base, Integer length) {
        if (base.contains("INT")) {
            return ColumnType.of(Kind.INTEGER);
        }
        if (base.contains("CHAR") || base.contains("CLOB") || base.contains("TEXT")) {
            return length != null && length > 0 && base.contains("CHAR")
                    ? new ColumnType(Kind.STRING, length, null, null) : ColumnType.of(Kind.TEXT);
        }
        if (base.contains("BLOB") || base.isEmpty() || base.equals("ANY")) {
            // BLOB affinity (and a STRICT table's ANY) keeps values as given, as a binary column does
            return ColumnType.of(Kind.BINARY);
        }
        if (base.contains("REAL") || base.contains("FLOA") || base.contains("DOUB")) {
            return ColumnType.of(Kind.DOUBLE);
        }
        return ColumnType.of(Kind.TEXT); // NUMERIC affinity under another name (ANY, MONEY, ...): kept as text
    }
}
