package io.loquent.dialect.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The CREATE TABLE reader: clause boundaries that quotes, strings, comments and parentheses cannot shift. */
class CreateTableParserTest {
    private static final UnaryOperator<String> QUOTE = n -> '"' + n.replace("\"", "\"\"") + '"';

    @Test
    void splitsColumnsAndClausesAsWritten() {
        TableDefinition t = CreateTableParser.parse("""
                CREATE TABLE IF NOT EXISTS main."Or""ders" (
                  id INTEGER PRIMARY KEY DESC ON CONFLICT FAIL AUTOINCREMENT,
                  "na,me" VARCHAR ( 10 , 2 ) NOT NULL ON CONFLICT IGNORE DEFAULT 'it''s, (x)' COLLATE "NOCASE",
                  [sel ect] NULL CONSTRAINT ck CHECK ([sel ect] <> ')') REFERENCES p (a) ON DELETE SET NULL
                      ON UPDATE NO ACTION MATCH SIMPLE NOT DEFERRABLE INITIALLY DEFERRED NOT NULL,
                  `g` AS (id * 2) STORED, h GENERATED ALWAYS AS (lower("na,me")), -- , trailing ( comment
                  k DEFAULT -1.5e-3 UNIQUE /* ) */ DEFAULT CURRENT_TIMESTAMP,
                  CONSTRAINT pk PRIMARY KEY (id, "na,me" COLLATE nocase DESC) CHECK (k > 0)
                  FOREIGN KEY (k, h) REFERENCES "p" (x, y) DEFERRABLE, UNIQUE (k) ON CONFLICT REPLACE
                ) WITHOUT ROWID, STRICT""");

        assertThat(t.name()).isEqualTo("Or\"ders");
        assertThat(t.withoutRowid()).isTrue();
        assertThat(t.strict()).isTrue();
        assertThat(t.columns()).extracting(ColumnDefinition::name)
                .containsExactly("id", "na,me", "sel ect", "g", "h", "k");
        assertThat(t.columns().get(1).type()).isEqualTo("VARCHAR ( 10 , 2 )");
        assertThat(t.columns().get(1).clauses()).extracting(ColumnClause::body).containsExactly(
                "NOT NULL ON CONFLICT IGNORE", "DEFAULT 'it''s, (x)'", "COLLATE \"NOCASE\"");
        assertThat(t.columns().get(2).type()).isEmpty();
        assertThat(t.columns().get(2).clauses()).extracting(ColumnClause::kind)
                .containsExactly(Kind.NULL, Kind.CHECK, Kind.REFERENCES, Kind.NOT_NULL);
        assertThat(t.columns().get(2).clause(Kind.CHECK).name()).isEqualTo("ck");
        assertThat(t.columns().get(2).clause(Kind.REFERENCES).body()).isEqualTo("REFERENCES p (a) ON DELETE SET NULL\n"
                + "      ON UPDATE NO ACTION MATCH SIMPLE NOT DEFERRABLE INITIALLY DEFERRED");
        assertThat(t.columns().get(3).clause(Kind.GENERATED).body()).isEqualTo("AS (id * 2) STORED");
        assertThat(t.columns().get(4).clause(Kind.GENERATED).body()).isEqualTo("GENERATED ALWAYS AS (lower(\"na,me\"))");
        assertThat(t.columns().get(5).clauses()).extracting(ColumnClause::body)
                .containsExactly("DEFAULT -1.5e-3", "UNIQUE", "DEFAULT CURRENT_TIMESTAMP");
        assertThat(t.constraints()).extracting(TableConstraintDefinition::kind).containsExactly(
                TableConstraint.Kind.PRIMARY_KEY, TableConstraint.Kind.CHECK, TableConstraint.Kind.FOREIGN_KEY,
                TableConstraint.Kind.UNIQUE);
        assertThat(t.constraints().get(0).name()).isEqualTo("pk");
        assertThat(t.constraints().get(0).columns()).containsExactly("id", "na,me");
        assertThat(t.constraints().get(1).name()).isNull();
        assertThat(t.constraints().get(2).columns()).containsExactly("k", "h");
        assertThat(t.constraints().get(3).body()).isEqualTo("UNIQUE (k) ON CONFLICT REPLACE");
    }

    @Test
    void unreadableTextIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> CreateTableParser.parse("CREATE TABLE t (a TEXT DEFAULT 'open)"))
                .isInstanceOf(SqlSyntaxException.class).hasMessage("unclosed ' starting at offset 31");
        assertThatThrownBy(() -> CreateTableParser.parse("CREATE TABLE t (a, PRIMARY KEY (a)) WITH CHEESE"))
                .isInstanceOf(SqlSyntaxException.class).hasMessage("expected STRICT at offset 36 ('WITH')");
        assertThatThrownBy(() -> CreateTableParser.parse("CREATE VIEW v AS SELECT 1"))
                .isInstanceOf(SqlSyntaxException.class).hasMessage("expected TABLE at offset 7 ('VIEW')");
    }

    /** What SQLite reports about a table: columns, keys, indexes, foreign keys. */
    private static List<List<String>> catalogue(Connection c, String table) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        for (String sql : List.of("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo('" + table + "')",
                "SELECT \"unique\", origin, partial FROM pragma_index_list('" + table + "') ORDER BY seq",
                "SELECT * FROM pragma_foreign_key_list('" + table + "')",
                "SELECT wr, strict FROM pragma_table_list('" + table + "')")) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a INTEGER PRIMARY KEY AUTOINCREMENT, b TEXT UNIQUE NOT NULL DEFAULT ('x' || 'y'))",
        "CREATE TABLE t (a, b, c, PRIMARY KEY (a, b)) WITHOUT ROWID",
        "CREATE TABLE t (\"a b\" INT CONSTRAINT c1 CHECK (\"a b\" > 0) CONSTRAINT c2 UNIQUE, [c] REAL DEFAULT -0.5)",
        "CREATE TABLE t (a INT, b INT AS (a + 1) VIRTUAL, c TEXT GENERATED ALWAYS AS (a || 'x') STORED) STRICT",
        "CREATE TABLE t (a TEXT COLLATE NOCASE, b INT REFERENCES t (rowid) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                + " CHECK (a <> b) UNIQUE (a, b) ON CONFLICT IGNORE)",
        "CREATE TABLE t ('single' TEXT, `back` BLOB NULL, x DEFAULT CURRENT_TIME, y DEFAULT x'00ff', z DEFAULT +7)",
    })
    void writtenBackItMeansTheSameToSqlite(String create) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute(create);
            List<List<String>> original = catalogue(c, "t");
            String rewritten = CreateTableParser.parse(create).createSql("t", QUOTE);
            st.execute("DROP TABLE t");
            st.execute(rewritten);
            assertThat(catalogue(c, "t")).as(rewritten).isEqualTo(original);
        }
    }

    @Test
    void rowidAliasAndAutoincrementAreRecognised() {
        assertThat(CreateTableParser.parse("CREATE TABLE t (id INTEGER PRIMARY KEY, a)").rowidAlias()).isEqualTo("id");
        assertThat(CreateTableParser.parse("CREATE TABLE t (id INTEGER PRIMARY KEY DESC, a)").rowidAlias()).isNull();
        assertThat(CreateTableParser.parse("CREATE TABLE t (id BIGINT PRIMARY KEY, a)").rowidAlias()).isNull();
        assertThat(CreateTableParser.parse("CREATE TABLE t (a, id integer, PRIMARY KEY (id DESC))").rowidAlias())
                .isEqualTo("id");
        assertThat(CreateTableParser.parse("CREATE TABLE t (id INTEGER, PRIMARY KEY (id)) WITHOUT ROWID").rowidAlias())
                .isNull();
        assertThat(CreateTableParser.parse("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)").autoincrement())
                .isTrue();
        assertThat(CreateTableParser.parse("CREATE TABLE t (id INTEGER PRIMARY KEY, note DEFAULT 'AUTOINCREMENT')")
                .autoincrement()).isFalse();
    }
}
