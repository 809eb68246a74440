package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.TypeContract;
import java.util.List;
import java.util.Map;

/**
 * The column types on SQLite: declared type names that keep their affinity and read back as written, an enumeration
 * as TEXT with a CHECK, unsigned integers declared but not enforced (SQLite has no ranges), arrays refused.
 */
class SqliteTypeTest extends TypeContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected boolean unsignedIntegers() {
        return true;
    }

    @Override
    protected boolean enforcesUnsigned() {
        return false;
    }

    @Override
    protected boolean timeWithTimeZone() {
        return true;
    }

    @Override
    protected Map<String, String> catalogueTypes(String table) throws Exception {
        return pairs("SELECT name, type FROM pragma_table_info('" + table + "') ORDER BY cid");
    }

    @Override
    protected Map<String, String> expectedCatalogueTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("id", "INTEGER");
        types.put("score", "REAL");
        types.put("wide", "DOUBLE");
        types.put("code", "CHAR(3)");
        types.put("happened", "TIMESTAMPTZ");
        types.put("mood", "TEXT");
        types.put("address", "inet");
        types.put("counter", "INTEGER UNSIGNED");
        types.put("big", "BIGINT UNSIGNED");
        types.put("opens", "TIMETZ");
        types.put("created_at", "TIMESTAMPTZ");
        types.put("updated_at", "TIMESTAMPTZ");
        return types;
    }

    @Override
    protected List<String> refusedType() {
        return List.of("array(integer())", "sqlite cannot declare a column of type integer[]: SQLite has no array"
                + " types. Use json() and store the array as a JSON document");
    }
}
