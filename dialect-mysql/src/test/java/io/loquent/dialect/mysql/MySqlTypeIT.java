package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.dialectkit.TypeContract;
import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The column types on MySQL/MariaDB, read back from information_schema. */
class MySqlTypeIT extends TypeContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    private static final String COLUMNS = "SELECT COLUMN_NAME, %s FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '%s' ORDER BY ORDINAL_POSITION";

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Override
    protected boolean unsignedIntegers() {
        return true;
    }

    @Override
    protected Map<String, String> catalogueTypes(String table) throws Exception {
        return pairs(COLUMNS.formatted("COLUMN_TYPE", table));
    }

    @Override
    protected Map<String, String> expectedCatalogueTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("id", "int(11)");
        types.put("score", "float");
        types.put("wide", "double");
        types.put("code", "char(3)");
        types.put("happened", "timestamp");
        types.put("mood", "enum('happy','sad')");
        types.put("address", "inet6");
        types.put("counter", "int(10) unsigned");
        types.put("big", "bigint(20) unsigned");
        types.put("created_at", "timestamp");
        types.put("updated_at", "timestamp");
        return types;
    }

    @Override
    protected List<String> refusedType() {
        return List.of("time().withTimeZone()", "mysql cannot declare a column of type time with time zone: MySQL and"
                + " MariaDB have no time with time zone. Use time() with the offset in a column of its own, or"
                + " timestamp().withTimeZone()");
    }

    @Test
    void aTimestampWithTimeZoneHasNoImplicitDefaultOrOnUpdate() throws Exception {
        RevisionFiles.write(scripts, "1.java", "z1", null, """
                op.createTable("stamps", t -> {
                            t.column("a", timestamp().withTimeZone());
                            t.column("b", timestamp().withTimeZone());
                            t.timestampsTz();
                        });""", "op.dropTable(\"stamps\");");
        loquent().upgrade("head");
        assertThat(pairs(COLUMNS.formatted("CONCAT_WS('|', IS_NULLABLE, IFNULL(COLUMN_DEFAULT, '-'), EXTRA)",
                "stamps"))).containsExactly(Map.entry("a", "YES|NULL|"), Map.entry("b", "YES|NULL|"),
                Map.entry("created_at", "NO|current_timestamp()|"), Map.entry("updated_at", "NO|current_timestamp()|"));
    }
}
