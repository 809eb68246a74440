package io.loquent.dialect.sqlite.internal;

import java.util.function.UnaryOperator;

/**
 * One constraint of a column definition, as written: {@code NOT NULL}, {@code DEFAULT (…)}, {@code COLLATE NOCASE},
 * {@code REFERENCES parent (id) ON DELETE CASCADE}, {@code GENERATED ALWAYS AS (…) STORED} and so on.
 *
 * @param kind what the clause does
 * @param name the name given with {@code CONSTRAINT name}, or null
 * @param body the clause's text after its name, exactly as written in the table's SQL or as Loquent renders it
 */
public record ColumnClause(Kind kind, String name, String body) {

    /** The clauses a SQLite column definition can carry. */
    public enum Kind { PRIMARY_KEY, NOT_NULL, NULL, UNIQUE, CHECK, DEFAULT, COLLATE, REFERENCES, GENERATED }

    /** The clause as SQL, its name quoted by {@code quote}. */
    public String sql(UnaryOperator<String> quote) {
        return name == null ? body : "CONSTRAINT " + quote.apply(name) + " " + body;
    }
}
