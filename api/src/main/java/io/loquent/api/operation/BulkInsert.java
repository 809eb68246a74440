package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts rows given as column-to-value maps. Values are rendered by the dialect's literal renderer, so the same
 * statements run online and print offline. Rows keep their column order; null values are allowed.
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
    public BulkInsert {
        Names.require(table, "a table");
        if (rows == null) {
            throw new DefinitionException("bulkInsert into '" + table + "' needs a list of rows");
        }
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (row == null || row.isEmpty()) {
                throw new DefinitionException("bulkInsert into '" + table + "' got an empty row");
            }
            row.keySet().forEach(c -> Names.require(c, "a column"));
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }

    @Override
    public String describe() {
        return "bulk insert " + rows.size() + " rows into " + table;
    }
}
