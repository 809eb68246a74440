package io.loquent.core.internal.diff;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Names, texts, types and values for random changes, with the awkward ones mixed in often. */
final class RandomValues {
    private static final String U = "\\" + "u";
    private static final List<String> AWKWARD_NAMES = List.of("id", "users", "Order Items", "select", "naïve",
            "quote\"d", "back\\slash", "%columns", "%table_x", "日本", "a.b", "x".repeat(70), "é".repeat(40),
            U + "000a", "*/");
    private static final List<String> AWKWARD_TEXTS = List.of("", " ", "it's", "\"", "\\", "\n", "\r\n", "*/",
            U + "000a", U + "ZZZZ", "\\\\" + U + "0041", "\t", "\u0000", "\u2028", "café", "\uD83D\uDE00",
            String.valueOf((char) 0xDC00), "%s", "\"); }");

    private RandomValues() {
    }

    static Arbitrary<String> name() {
        return Arbitraries.oneOf(Arbitraries.of(AWKWARD_NAMES),
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.', ' ').ofMinLength(1).ofMaxLength(10)
                        .filter(s -> !s.isBlank()));
    }

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of(AWKWARD_TEXTS).list().ofMaxSize(4).map(parts -> String.join("", parts)),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    static Arbitrary<String> sql() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<ColumnType> type() {
        return Arbitraries.of(Kind.class).flatMap(kind -> switch (kind) {
            case STRING, CHAR -> Arbitraries.integers().between(1, 100_000).map(n -> new ColumnType(kind, n, null, null));
            case INTEGER, BIG_INTEGER, SMALL_INTEGER -> Arbitraries.of(true, false)
                    .map(u -> ColumnType.of(kind).withUnsigned(u));
            case TIME, TIMESTAMP -> Arbitraries.of(true, false).map(z -> ColumnType.of(kind).withTimeZone(z));
            case ENUM -> Combinators.combine(name(), text().filter(t -> !t.isEmpty()).list().ofMinSize(1).ofMaxSize(4)
                    .uniqueElements()).as(ColumnType::enumeration);
            case ARRAY -> Arbitraries.of(Kind.INTEGER, Kind.TEXT, Kind.UUID).map(k -> ColumnType.array(ColumnType.of(k)));
            case CUSTOM -> name().map(t -> ColumnType.custom(t).withSpelling("mysql", t + "(1)"));
            case BINARY -> Arbitraries.integers().between(1, 255).injectNull(0.5).map(n -> new ColumnType(kind, n, null, null));
            case DECIMAL -> Arbitraries.integers().between(1, 38).flatMap(p -> Arbitraries.integers().between(0, p)
                    .map(s -> new ColumnType(kind, null, p, s)));
            default -> Arbitraries.just(ColumnType.of(kind));
        });
    }

    static Arbitrary<DefaultValue> defaultValue() {
        return Arbitraries.oneOf(literal().map(DefaultValue.Literal::new), sql().map(DefaultValue.Sql::new),
                Arbitraries.just(new DefaultValue.CurrentTimestamp()));
    }

    /** A value a column default takes. */
    static Arbitrary<Object> literal() {
        return Arbitraries.oneOf(text().map(o -> o), Arbitraries.of(true, false).map(o -> o),
                Arbitraries.integers().map(o -> o), Arbitraries.longs().map(o -> o),
                Arbitraries.shorts().map(o -> o), Arbitraries.bytes().map(o -> o), doubles(), floats(), decimals(),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(o -> o), localDate().map(o -> o), localTime().map(o -> o), localDateTime().map(o -> o),
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new).map(o -> o));
    }

    /** A value a bulk insert takes: a default's, an instant, an offset date-time, or null. */
    static Arbitrary<Object> rowValue() {
        Arbitrary<Object> instant = Combinators.combine(Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                Instant.MAX.getEpochSecond()), Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
        Arbitrary<Object> offset = Combinators.combine(localDateTime(), Arbitraries.integers().between(-64_800, 64_800)
                .map(ZoneOffset::ofTotalSeconds)).as(OffsetDateTime::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, literal()), net.jqwik.api.Tuple.of(1, instant),
                net.jqwik.api.Tuple.of(1, offset), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<Object> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles().map(o -> o), Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e21, 1e-7).map(o -> o));
    }

    private static Arbitrary<Object> floats() {
        return Arbitraries.oneOf(Arbitraries.floats().map(o -> o), Arbitraries.of(Float.NaN, Float.NEGATIVE_INFINITY,
                Float.POSITIVE_INFINITY, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, 1e10f).map(o -> o));
    }

    private static Arbitrary<Object> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(),
                BigInteger.TEN.pow(30)), Arbitraries.integers().between(-10, 20)).as(BigDecimal::new).map(o -> o);
    }

    private static Arbitrary<LocalDate> localDate() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<LocalTime> localTime() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
                Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay));
    }

    private static Arbitrary<LocalDateTime> localDateTime() {
        return Combinators.combine(localDate(), localTime()).as(LocalDateTime::of);
    }
}
