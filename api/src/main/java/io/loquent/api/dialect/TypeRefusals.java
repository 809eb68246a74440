package io.loquent.api.dialect;

import io.loquent.api.schema.ColumnType;

/**
 * The refusals a dialect's {@code typeSql} shares: a type the database lacks, named with the database and an
 * alternative, and a {@code custom(type)} with no spelling for the dialect.
 */
public final class TypeRefusals {
    private TypeRefusals() {
    }

    /** {@code database} has no {@code type}; {@code advice} says what to use instead, as a sentence. */
    public static NotSupportedException refuse(String dialect, ColumnType type, String advice) {
        return new NotSupportedException(dialect, "declare a column of type " + type, advice);
    }

    /** The spelling of the custom {@code type} on {@code dialect}, refused when it has none there. */
    public static String customSpelling(String dialect, ColumnType type) {
        String spelling = type.spelling(dialect);
        if (spelling == null) {
            throw refuse(dialect, type, "the custom type has no spelling for " + dialect
                    + ". Give one with custom(type).on(\"" + dialect + "\", type) or a default with custom(type)");
        }
        return spelling;
    }
}
