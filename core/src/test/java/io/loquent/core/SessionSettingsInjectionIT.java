package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values reach the database exactly, whatever the session's string settings, which the owner of a database or a
 * URL controls: PostgreSQL with {@code standard_conforming_strings = off} (backslash escapes in plain literals) and
 * MariaDB with {@code NO_BACKSLASH_ESCAPES} (backslash an ordinary character). Online, a bulk insert's values are
 * bound as parameters; a value built to close a literal never becomes SQL.
 */
class SessionSettingsInjectionIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();

    /** Values that break a literal rendered for the other setting, or for none. */
    static final List<String> HOSTILE = List.of("\\'); DROP TABLE canary; --", "\\", "\\\\", "'", "''", "a\\nb",
            "\\x41", "caf\u00e9 \u20ac \ud83d\ude00", "it's \\' done");

    @TempDir
    Path dir;

    private Path scripts() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("java.util.Map.of(\"id\", ").append(i + 1).append(", \"v\", \"")
                    .append(HOSTILE.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append("\")");
        }
        Path scripts = dir.resolve("migrations");
        Scripts.write(scripts, "1.java", "i1", null, """
                op.createTable("notes", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("v", text());
                        });
                        op.bulkInsert("notes", java.util.List.of(%s));""".formatted(rows), "");
        return scripts;
    }

    /** The setting is really in force on a session opened with {@code url}, or the test would prove nothing. */
    private static String setting(String url, String query) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void valuesArriveExactly(TestDatabase db, String url, Path scripts) throws Exception {
        db.execute("CREATE TABLE canary (id INTEGER)");
        Loquent.configure().url(url).scripts(scripts).load().upgrade("head");
        assertThat(db.rows("select v from notes order by id")).containsExactlyElementsOf(HOSTILE);
        assertThat(db.rows("select count(*) from canary")).containsExactly("0");
    }

    @Test
    void postgresWithStandardConformingStringsOff() throws Exception {
        TestDatabase db = POSTGRES.database();
        String url = db.url() + "&options=-c%20standard_conforming_strings%3Doff";
        assertThat(setting(url, "SHOW standard_conforming_strings")).isEqualTo("off");
        valuesArriveExactly(db, url, scripts());
    }

    @Test
    void mariadbWithNoBackslashEscapes() throws Exception {
        TestDatabase db = MYSQL.database();
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES";
        assertThat(setting(url, "SELECT @@sql_mode")).contains("NO_BACKSLASH_ESCAPES");
        valuesArriveExactly(db, url, scripts());
    }
}
