package io.loquent.dialect.sqlite.internal;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An index that a batch creates, over columns named as in the rebuilt table.
 *
 * @param name    the index name
 * @param unique  whether it is unique
 * @param columns its columns
 */
record NewIndex(String name, boolean unique, List<String> columns) {
    NewIndex {
        columns = List.copyOf(columns);
    }

    String sql(String table, UnaryOperator<String> quote) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + quote.apply(name) + " ON " + quote.apply(table) + " ("
                + String.join(", ", columns.stream().map(quote).toList()) + ")";
    }
}
