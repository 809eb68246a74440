package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.TypeContract;
import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The column types on PostgreSQL, read back from pg_catalog, enum types included. */
class PostgresTypeIT extends TypeContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected boolean timeWithTimeZone() {
        return true;
    }

    @Override
    protected boolean arrays() {
        return true;
    }

    /** The tables, then the enum types a failed test may have left. */
    @Override
    protected void clean() throws Exception {
        super.clean();
        for (String type : enumTypes()) {
            sql("DROP TYPE \"" + type + "\" CASCADE");
        }
    }

    @Override
    protected List<String> enumTypes() throws Exception {
        return List.copyOf(pairs("SELECT typname, typname FROM pg_type WHERE typtype = 'e'"
                + " AND typnamespace = current_schema()::regnamespace ORDER BY typname").keySet());
    }

    @Override
    protected Map<String, String> catalogueTypes(String table) throws Exception {
        return pairs("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '"
                + table + "'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum");
    }

    @Override
    protected Map<String, String> expectedCatalogueTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("id", "integer");
        types.put("score", "real");
        types.put("wide", "double precision");
        types.put("code", "character(3)");
        types.put("happened", "timestamp with time zone");
        types.put("mood", "mood");
        types.put("address", "inet");
        types.put("opens", "time with time zone");
        types.put("tags", "integer[]");
        types.put("kinds", "kind[]");
        types.put("created_at", "timestamp with time zone");
        types.put("updated_at", "timestamp with time zone");
        return types;
    }

    @Override
    protected List<String> refusedType() {
        return List.of("integer().unsigned()", "postgresql cannot declare a column of type integer unsigned:"
                + " PostgreSQL has no unsigned integers. Use bigInteger(), the next wider type, with a check"
                + " (column >= 0)");
    }
}
