package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.TypedValueScripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk-inserted JSON documents are JSON to SQLite's JSON functions; the other values keep their text forms. */
class TypedBulkInsertSqliteTest {
    @TempDir
    Path dir;

    @Test
    void aMapIsAJsonObjectAndEveryValueKeepsItsForm() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("t.db");
        TypedValueScripts.write(dir.resolve("migrations"));
        TypedValueScripts.loquent(url, dir.resolve("migrations")).upgrade("head");
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(
                "SELECT json_type(doc), json_extract(doc, '$.tags[1]'), json_type(text_doc), flag, typeof(flag), day,"
                        + " at, u, amount FROM kinds")) {
            assertThat(rs.next()).isTrue();
            assertThat(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)})
                    .containsExactly("object", "y", "object", "1", "integer", "2024-02-29", "2024-02-29 13:45:30",
                            "123e4567-e89b-12d3-a456-426614174000", "12.5");
        }
    }
}
