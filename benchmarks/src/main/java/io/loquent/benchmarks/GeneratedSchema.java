package io.loquent.benchmarks;

import io.loquent.api.Types;
import io.loquent.api.dialect.Dialect;
import io.loquent.api.model.MappedModel;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema of N tables written through Loquent's own DSL ({@link OperationRecorder} with the dialect's default
 * {@link NamingConvention}), so that its names and records are exactly those a revision would create: the operations
 * build the database, and the same operations, read as tables, are the model it must compare equal to.
 *
 * <p>Table {@code tNNNN} has a {@code bigInteger} auto-increment primary key {@code id} ({@code pk_tNNNN}); a
 * NOT NULL {@code string(100)} {@code name} with a comment; a nullable {@code string(255)} {@code email}; a NOT NULL
 * {@code decimal(10, 2)} {@code price} defaulting to 0.00; a NOT NULL {@code bool} {@code active} defaulting to true;
 * a NOT NULL {@code timestamp} {@code created_at} defaulting to the current timestamp; and a nullable
 * {@code parent_id} with a foreign key to the previous table's {@code id} ({@code fk_tNNNN_parent_id_tMMMM}; the
 * first table refers to itself). Its two indexes are {@code ix_tNNNN_name_created_at} over two columns and the
 * unique {@code uq_tNNNN_email}.
 */
final class GeneratedSchema {
    private final List<Operation> operations;
    private final MappedModel model;

    private GeneratedSchema(List<Operation> operations, MappedModel model) {
        this.operations = List.copyOf(operations);
        this.model = model;
    }

    /** {@code tables} tables named by {@code dialect}'s default convention. */
    static GeneratedSchema of(int tables, Dialect dialect) {
        NamingConvention naming = NamingConvention.defaults(dialect.maxIdentifierLength());
        List<Operation> operations = new ArrayList<>();
        OperationRecorder op = new OperationRecorder(operations::add, naming);
        for (int i = 1; i <= tables; i++) {
            String table = name(i);
            String parent = name(Math.max(1, i - 1));
            op.createTable(table, t -> t
                    .column("id", Types.bigInteger().primaryKey())
                    .column("name", Types.string(100).nullable(false).comment("shown in lists"))
                    .column("email", Types.string(255))
                    .column("price", Types.decimal(10, 2).nullable(false).defaultValue(new BigDecimal("0.00")))
                    .column("active", Types.bool().nullable(false).defaultValue(true))
                    .column("created_at", Types.timestamp().nullable(false).defaultCurrentTimestamp())
                    .column("parent_id", Types.bigInteger().foreignKey(parent + ".id"))
                    .index("name", "created_at"));
            op.createUniqueIndex(naming.uniqueName(table, List.of("email")), table, "email");
        }
        return new GeneratedSchema(operations, MappedModel.of(schemaOf(operations)));
    }

    /** {@code tNNNN}: zero-padded so that the catalogue's name order is creation order. */
    static String name(int table) {
        return String.format("t%04d", table);
    }

    /** What the operations build, as the schema model: each CREATE TABLE with the indexes created on its table. */
    private static Schema schemaOf(List<Operation> operations) {
        Map<String, CreateTable> creates = new LinkedHashMap<>();
        Map<String, List<Index>> indexes = new LinkedHashMap<>();
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                creates.put(create.table(), create);
            } else if (operation instanceof CreateIndex index) {
                indexes.computeIfAbsent(index.table(), t -> new ArrayList<>())
                        .add(Index.on(index.name(), index.unique(), index.columns().toArray(String[]::new)));
            } else {
                throw new IllegalStateException("the generated schema only creates tables and indexes: " + operation);
            }
        }
        return new Schema(creates.values().stream().map(c -> new Table(c.table(), c.columns(), c.constraints(),
                indexes.getOrDefault(c.table(), List.of()), c.comment())).toList());
    }

    /** The operations, in the order they run: each table, then its indexes. */
    List<Operation> operations() {
        return operations;
    }

    /** The model: the same tables as the schema model records. */
    MappedModel model() {
        return model;
    }
}
