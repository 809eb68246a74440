package io.loquent.api;

import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.function.Consumer;

/** The body of {@link Op#batchAlterTable}: the same changes as {@link Op}, all on the batch's table. */
public interface BatchOp {
    BatchOp addColumn(String column, ColumnSpec spec);

    BatchOp dropColumn(String column);

    BatchOp renameColumn(String column, String newName);

    BatchOp alterColumn(String column, Consumer<ColumnChange> change);

    BatchOp createIndex(String name, String... columns);

    BatchOp createUniqueIndex(String name, String... columns);

    /** An index from a spec, as {@link Op#createIndex(String, String, Consumer)}; a batch cannot build one concurrently. */
    BatchOp createIndex(String name, Consumer<IndexSpec> spec);

    BatchOp dropIndex(String name);

    /** {@code name} may be null. */
    BatchOp createUniqueConstraint(String name, String... columns);

    /** {@code name} may be null. */
    BatchOp createForeignKey(String name, String referencedTable, List<String> columns, List<String> referencedColumns);

    /** {@code name} may be null. */
    BatchOp createCheckConstraint(String name, String condition);

    /** {@code name} may be null. */
    BatchOp createPrimaryKey(String name, String... columns);

    BatchOp dropConstraint(String name);

    BatchOp dropConstraint(String name, TableConstraint.Kind kind);
}
