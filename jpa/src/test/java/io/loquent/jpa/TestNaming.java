package io.loquent.jpa;

import io.loquent.api.model.ModelNaming;
import io.loquent.api.schema.TableName;
import java.util.List;

/** Loquent's default naming convention as the host passes it: pk_, uq_, fk_ and ix_ with table (bare, as for
 * {@code app.items}) and columns. */
final class TestNaming implements ModelNaming {
    @Override
    public String primaryKey(String table) {
        return "pk_" + TableName.bare(table);
    }

    @Override
    public String unique(String table, List<String> columns) {
        return "uq_" + TableName.bare(table) + "_" + String.join("_", columns);
    }

    @Override
    public String foreignKey(String table, List<String> columns, String referencedTable) {
        return "fk_" + TableName.bare(table) + "_" + String.join("_", columns) + "_" + TableName.bare(referencedTable);
    }

    @Override
    public String index(String table, List<String> columns) {
        return "ix_" + TableName.bare(table) + "_" + String.join("_", columns);
    }
}
