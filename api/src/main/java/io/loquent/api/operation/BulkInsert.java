package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Inserts rows given as column-to-value maps. Online the values are bound as parameters; offline they are rendered
 * by the dialect's literal renderer. A row given as an ordered map ({@link LinkedHashMap}, {@link SortedMap}) keeps
 * its column order; any other map ({@code Map.of}, {@link java.util.HashMap}) has its columns sorted by name, since
 * such maps iterate in an order that changes from one JVM to the next, and the statements must be the same on every
 * run (a resumed revision checks that it renders the statements an earlier run committed). Null values are allowed.
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
    public BulkInsert {
        Names.requireTable(table, "a table");
        if (rows == null) {
            throw new DefinitionException("bulkInsert into '" + table + "' needs a list of rows");
        }
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (row == null || row.isEmpty()) {
                throw new DefinitionException("bulkInsert into '" + table + "' got an empty row");
            }
            row.keySet().forEach(c -> Names.require(c, "a column"));
            copy.add(Collections.unmodifiableMap(row instanceof LinkedHashMap<?, ?> || row instanceof SortedMap<?, ?>
                    ? new LinkedHashMap<>(row) : new LinkedHashMap<>(new TreeMap<>(row))));
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
