package io.loquent.core.internal.diff;

import io.loquent.api.operation.BulkInsert;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code op.bulkInsert(table, List.of(Map.of(...)))}. {@code Map.of} holds at most ten entries and no null, and
 * {@link BulkInsert} sorts its columns by name; a row that needs more, a null, or its own column order is built as
 * a {@code LinkedHashMap} first, which keeps that order.
 */
final class RowsSource {
    private static final int MAP_OF_LIMIT = 10;
    private final Body body;

    RowsSource(Body body) {
        this.body = body;
    }

    void write(BulkInsert op) {
        List<String> rows = new ArrayList<>(op.rows().size());
        for (Map<String, Object> row : op.rows()) {
            rows.add(fitsMapOf(row) ? mapOf(row) : declared(row));
        }
        String list = body.use("java.util.List") + ".of(";
        String table = Literals.string(op.table());
        if (rows.size() == 1) {
            body.line(0, "op.bulkInsert(" + table + ", " + list + rows.get(0) + "));");
            return;
        }
        body.line(0, "op.bulkInsert(" + table + ", " + list);
        for (int i = 0; i < rows.size(); i++) {
            body.line(2, rows.get(i) + (i + 1 < rows.size() ? "," : "));"));
        }
    }

    private static boolean fitsMapOf(Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        return row.size() <= MAP_OF_LIMIT && !row.containsValue(null)
                && columns.equals(columns.stream().sorted().toList());
    }

    private String mapOf(Map<String, Object> row) {
        return body.use("java.util.Map") + ".of(" + row.entrySet().stream()
                .map(e -> Literals.string(e.getKey()) + ", " + Literals.of(e.getValue(), body))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Declares the row as a local variable, filled in column order, and returns the variable's name. */
    private String declared(Map<String, Object> row) {
        String name = body.newRowName();
        body.line(0, body.use("java.util.Map") + "<String, Object> " + name + " = new "
                + body.use("java.util.LinkedHashMap") + "<>();");
        row.forEach((column, value) -> body.line(0, name + ".put(" + Literals.string(column) + ", "
                + Literals.of(value, body) + ");"));
        return name;
    }
}
