package io.loquent.dialect.postgres;

import io.loquent.dialectkit.TypedValueScripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bulk-inserted values reach PostgreSQL as their columns' types, online and from an offline script. */
class TypedBulkInsertPostgresIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    private static final String READ = "SELECT jsonb_typeof(doc), doc::text, jsonb_typeof(text_doc), text_doc->>'b',"
            + " pg_typeof(u)::text, flag::text, day::text, at::text, amount::text FROM kinds";
    private static final String EXPECTED = "object|" + TypedValueScripts.DOCUMENT + "|object|true|uuid|true|2024-02-29"
            + "|2024-02-29 13:45:30|12.50";

    @TempDir
    Path dir;

    /** The class's database, without what another test left in it. */
    private static TestDatabase empty() throws Exception {
        TestDatabase db = DB.database();
        db.execute("DROP TABLE IF EXISTS kinds, loquent_version, loquent_history, loquent_snapshot");
        return db;
    }

    @Test
    void aMapIsAJsonObjectAndEveryValueKeepsItsType() throws Exception {
        TestDatabase db = empty();
        TypedValueScripts.write(dir);
        TypedValueScripts.loquent(db.url(), dir).upgrade("head");
        assertThat(db.rows(READ)).containsExactly(EXPECTED);
    }

    @Test
    void theOfflineScriptInsertsTheSameValues() throws Exception {
        TestDatabase db = empty();
        TypedValueScripts.write(dir);
        String script = TypedValueScripts.loquent(db.url(), dir).offlineSql("head", true);
        assertThat(script).contains("'{\"a\":1,\"tags\":[\"x\",\"y\"]}'");
        try (var c = db.open(); var st = c.createStatement()) {
            st.execute(script);
        }
        assertThat(db.rows(READ)).containsExactly(EXPECTED);
    }
}
