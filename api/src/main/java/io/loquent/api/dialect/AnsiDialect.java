package io.loquent.api.dialect;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A base for dialects: standard SQL vocabulary (double-quoted identifiers, quoted literals, {@code DATE '…'}) and an
 * {@link AnsiRenderer} for statements. A dialect overrides only what its database does differently, as Alembic's
 * {@code DefaultImpl} subclasses do.
 */
public abstract class AnsiDialect implements Dialect {

    @Override
    public List<String> render(Operation operation, RenderContext context) {
        return operation.accept(renderer(context));
    }

    /** The renderer for one call of {@link #render}; dialects return their subclass of {@link AnsiRenderer}. */
    protected AnsiRenderer renderer(RenderContext context) {
        return new AnsiRenderer(this, context);
    }

    /** The SQL type for a portable type. */
    public abstract String typeSql(ColumnType type);

    @Override
    public String quote(String identifier) {
        return '"' + checkedIdentifier(identifier).replace("\"", "\"\"") + '"';
    }

    /**
     * {@code identifier}, refused when the database could not keep it as written: with a NUL character, or longer
     * than {@link #maxIdentifierLength()} as the database measures it (PostgreSQL would cut it short without a
     * word). Every quoted name passes here, so explicit, generated, table and column names are all checked.
     */
    protected final String checkedIdentifier(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new DefinitionException("identifier '" + identifier.replace("\0", "\\0")
                    + "' contains a NUL character, which no database keeps in a name. Remove it");
        }
        IdentifierLimit limit = maxIdentifierLength();
        if (!limit.fits(identifier)) {
            throw new DefinitionException("identifier '" + identifier + "' is too long for " + name() + ": it is "
                    + limit.length(identifier) + (limit.unit() == IdentifierLimit.Unit.UTF8_BYTES ? " bytes in UTF-8"
                    : " characters") + " and " + name() + " allows at most " + limit.describe()
                    + ". Use a shorter name");
        }
        return identifier;
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return booleanLiteral(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new DefinitionException("cannot write " + value + " as a SQL literal");
            }
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof LocalDate d) {
            return dateLiteral("DATE", d.toString());
        }
        if (value instanceof LocalTime t) {
            return dateLiteral("TIME", t.format(DateTimeFormatter.ISO_LOCAL_TIME));
        }
        if (value instanceof LocalDateTime t) {
            return dateLiteral("TIMESTAMP", t.format(DateTimeFormatter.ISO_LOCAL_DATE) + " "
                    + t.format(DateTimeFormatter.ISO_LOCAL_TIME));
        }
        if (value instanceof byte[] bytes) {
            return binaryLiteral(bytes);
        }
        if (JsonText.isDocument(value)) {
            return stringLiteral(JsonText.of(value));
        }
        if (value instanceof UUID || value instanceof Enum<?> || value instanceof CharSequence) {
            return stringLiteral(value instanceof Enum<?> e ? e.name() : value.toString());
        }
        throw new DefinitionException("cannot write a " + value.getClass().getName() + " as a SQL literal;"
                + " use a String, Boolean, Number, java.time date or time, UUID, enum, byte[], or a Map or List for JSON");
    }

    /** {@code 'text'} with quotes doubled. */
    protected String stringLiteral(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new DefinitionException("a SQL string literal cannot contain a NUL character");
        }
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** {@code TRUE} or {@code FALSE}. */
    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A typed date/time literal such as {@code DATE '2024-01-31'}. */
    protected String dateLiteral(String keyword, String text) {
        return keyword + " " + stringLiteral(text);
    }

    /** {@code X'0A1B'}. */
    protected String binaryLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
    }

    /** The expression after {@code DEFAULT}. */
    public String defaultSql(DefaultValue value) {
        if (value instanceof DefaultValue.Literal l) {
            return literal(l.value());
        }
        if (value instanceof DefaultValue.Sql s) {
            return s.expression();
        }
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String toString() {
        return name();
    }
}
