package io.loquent.jpa;

import io.loquent.api.model.ModelNaming;
import java.util.List;

/** Loquent's default naming convention as the host passes it: pk_, uq_, fk_ and ix_ with table and columns. */
final class TestNaming implements ModelNaming {
    @Override
    public String primaryKey(String table) {
        return "pk_" + table;
    }

    @Override
    public String unique(String table, List<String> columns) {
        return "uq_" + table + "_" + String.join("_", columns);
    }

    @Override
    public String foreignKey(String table, List<String> columns, String referencedTable) {
        return "fk_" + table + "_" + String.join("_", columns) + "_" + referencedTable;
    }

    @Override
    public String index(String table, List<String> columns) {
        return "ix_" + table + "_" + String.join("_", columns);
    }
}
