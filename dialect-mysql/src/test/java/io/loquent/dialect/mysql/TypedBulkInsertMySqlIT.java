package io.loquent.dialect.mysql;

import io.loquent.dialectkit.TypedValueScripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bulk-inserted values reach MariaDB/MySQL as their columns' types. */
class TypedBulkInsertMySqlIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    @Test
    void aMapIsAJsonObjectAndEveryValueKeepsItsType() throws Exception {
        TestDatabase db = DB.database();
        TypedValueScripts.write(dir);
        TypedValueScripts.loquent(db.url(), dir).upgrade("head");
        assertThat(db.rows("SELECT JSON_TYPE(doc), JSON_EXTRACT(doc, '$.tags[1]'), JSON_TYPE(text_doc),"
                + " JSON_EXTRACT(text_doc, '$.b'), u, flag, day, at, amount FROM kinds"))
                .containsExactly("OBJECT|\"y\"|OBJECT|true|123e4567-e89b-12d3-a456-426614174000|1|2024-02-29"
                        + "|2024-02-29 13:45:30|12.50");
    }
}
