package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSplitterTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void aDollarQuotedBodyKeepsItsSemicolons() {
        String function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
        assertThat(dialect.splitStatements(function + ";\nSELECT f();"))
                .containsExactly(function, "SELECT f()");
    }

    @Test
    void aTaggedDollarQuoteEndsOnlyAtItsOwnTag() {
        String function = "CREATE FUNCTION g() RETURNS text AS $body$ SELECT $$a;b$$; $body$ LANGUAGE sql";
        assertThat(dialect.splitStatements(function + "; SELECT 2")).containsExactly(function, "SELECT 2");
    }

    @Test
    void aDollarInsideANameIsNoQuote() {
        assertThat(dialect.splitStatements("SELECT a$b$ FROM t; SELECT 2"))
                .containsExactly("SELECT a$b$ FROM t", "SELECT 2");
    }

    @Test
    void escapeStringsAndNestedCommentsArePieces() {
        assertThat(dialect.splitStatements("SELECT E'it\\';s'; /* a /* b; */ c; */ SELECT 2;"))
                .containsExactly("SELECT E'it\\';s'", "/* a /* b; */ c; */ SELECT 2");
    }
}
