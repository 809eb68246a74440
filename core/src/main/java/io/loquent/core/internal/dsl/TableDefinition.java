package io.loquent.core.internal.dsl;

import io.loquent.api.DefinitionException;
import io.loquent.api.ColumnSpec;
import io.loquent.api.ForeignIdColumn;
import io.loquent.api.IndexSpec;
import io.loquent.api.TableBuilder;
import io.loquent.api.Types;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Collects the body of {@code createTable} and turns it into a {@link CreateTable} and its indexes. */
final class TableDefinition implements TableBuilder {
    private final String table;
    private final NamingConvention naming;
    private final Map<String, ColumnSpec> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<TableConstraint> constraints = new ArrayList<>();
    private final List<List<String>> indexes = new ArrayList<>();
    /** The indexes from a spec, created after the plain ones. */
    private final List<CreateIndex> specIndexes = new ArrayList<>();
    private String primaryKeyName;
    private String comment;

    TableDefinition(String table, NamingConvention naming) {
        this.table = table;
        this.naming = naming;
    }

    @Override
    public TableBuilder column(String name, ColumnSpec spec) {
        if (spec == null) {
            throw new DefinitionException("column '" + table + "." + name + "' needs a type, such as integer()");
        }
        if (columns.putIfAbsent(name, spec) != null) {
            throw new DefinitionException("table '" + table + "' declares column '" + name + "' twice");
        }
        if (spec.isPrimaryKey()) {
            primaryKey.add(name);
        }
        return this;
    }

    @Override
    public TableBuilder timestamps() {
        ColumnSpec stamp = Types.timestamp().nullable(false).defaultCurrentTimestamp();
        return column("created_at", stamp).column("updated_at", stamp);
    }

    @Override
    public TableBuilder timestampsTz() {
        ColumnSpec stamp = Types.timestamp().withTimeZone().nullable(false).defaultCurrentTimestamp();
        return column("created_at", stamp).column("updated_at", stamp);
    }

    @Override
    public TableBuilder id(String name) {
        return column(name, Types.bigInteger().primaryKey().autoIncrement());
    }

    @Override
    public TableBuilder uuidPrimaryKey(String name) {
        return column(name, Types.uuid().primaryKey());
    }

    @Override
    public TableBuilder ulidPrimaryKey(String name) {
        return column(name, Types.ulid().primaryKey());
    }

    @Override
    public ForeignIdColumn foreignId(String name) {
        return foreign(name, Types.bigInteger());
    }

    @Override
    public ForeignIdColumn foreignUuid(String name) {
        return foreign(name, Types.uuid());
    }

    @Override
    public ForeignIdColumn foreignUlid(String name) {
        return foreign(name, Types.ulid());
    }

    private ForeignIdColumn foreign(String name, ColumnSpec type) {
        column(name, type.nullable(false));
        return new ForeignIdDefinition(table, name, (column, change) -> columns.computeIfPresent(column,
                (key, spec) -> change.apply(spec)));
    }

    @Override
    public TableBuilder softDeletes(String name) {
        return column(name, Types.timestamp());
    }

    @Override
    public TableBuilder rememberToken() {
        return column("remember_token", Types.string(100));
    }

    @Override
    public TableBuilder morphs(String name) {
        return morphs(name, false);
    }

    @Override
    public TableBuilder nullableMorphs(String name) {
        return morphs(name, true);
    }

    private TableBuilder morphs(String name, boolean nullable) {
        return column(name + "_type", Types.string(255).nullable(nullable))
                .column(name + "_id", Types.bigInteger().nullable(nullable))
                .index(name + "_type", name + "_id");
    }

    @Override
    public TableBuilder primaryKey(String... names) {
        if (!primaryKey.isEmpty()) {
            throw new DefinitionException("table '" + table + "' declares its primary key twice");
        }
        primaryKey.addAll(Arrays.asList(names));
        return this;
    }

    @Override
    public TableBuilder primaryKeyNamed(String name, String... names) {
        primaryKey(names);
        this.primaryKeyName = Names.require(name, "the primary key of '" + table + "'");
        return this;
    }

    @Override
    public TableBuilder unique(String... names) {
        return uniqueNamed(naming.uniqueName(table, List.of(names)), names);
    }

    @Override
    public TableBuilder uniqueNamed(String name, String... names) {
        return uniqueNamed(name, null, names);
    }

    @Override
    public TableBuilder uniqueNamed(String name, TableConstraint.Deferral deferral, String... names) {
        List<String> columns = List.of(names);
        constraints.add(new TableConstraint.Unique(name != null ? name : naming.uniqueName(table, columns), columns,
                deferral));
        return this;
    }

    @Override
    public TableBuilder check(String name, String condition) {
        constraints.add(new TableConstraint.Check(naming.checkName(table, name), condition));
        return this;
    }

    @Override
    public TableBuilder checkNamed(String name, String condition) {
        constraints.add(new TableConstraint.Check(name, condition));
        return this;
    }

    @Override
    public TableBuilder foreignKey(String name, String referencedTable, List<String> names,
                                   List<String> referencedColumns, String onDelete, String onUpdate) {
        return foreignKey(name, referencedTable, names, referencedColumns, onDelete, onUpdate, null);
    }

    @Override
    public TableBuilder foreignKey(String name, String referencedTable, List<String> names,
                                   List<String> referencedColumns, String onDelete, String onUpdate,
                                   TableConstraint.Deferral deferral) {
        constraints.add(Changes.foreignKey(naming, name, table, referencedTable, names, referencedColumns, onDelete,
                onUpdate).deferred(deferral));
        return this;
    }

    @Override
    public TableBuilder index(String... names) {
        indexes.add(List.of(names));
        return this;
    }

    @Override
    public TableBuilder index(String name, Consumer<IndexSpec> spec) {
        CreateIndex index = IndexDefinition.of(name != null ? name : "pending", table, spec);
        if (index.concurrently()) {
            throw new DefinitionException("index " + (name != null ? "'" + name + "' " : "") + "of new table '" + table
                    + "' is built concurrently, which a new, empty table does not need; leave out concurrently()");
        }
        if (name == null) {
            List<String> words = index.index().keys().stream().map(k -> k.column() != null ? k.column()
                    : k.expression().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_|_$", "")).toList();
            index = new CreateIndex(table, index.index().withName(naming.indexName(table, words)), false);
        }
        specIndexes.add(index);
        return this;
    }

    @Override
    public TableBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** The CREATE TABLE operation followed by one CREATE INDEX per {@link #index} call. */
    List<Operation> build() {
        return build(false);
    }

    /** The operations that create the table; with {@code ifNotExists}, only if no table of its name exists. */
    List<Operation> build(boolean ifNotExists) {
        if (ifNotExists && !indexes.isEmpty()) {
            throw new DefinitionException("createTableIfNotExists(\"" + table + "\") cannot create indexes with the"
                    + " table (t.index, t.morphs): MySQL has no CREATE INDEX IF NOT EXISTS. Create the table with"
                    + " createTable, or the indexes in a revision of their own");
        }
        for (String key : primaryKey) {
            if (!columns.containsKey(key)) {
                throw new DefinitionException("primary key of '" + table + "' names unknown column '" + key + "'");
            }
        }
        List<Column> built = new ArrayList<>(columns.size());
        List<TableConstraint> all = new ArrayList<>();
        if (!primaryKey.isEmpty()) {
            all.add(new TableConstraint.PrimaryKey(primaryKeyName != null ? primaryKeyName : naming.primaryKeyName(table),
                    primaryKey));
        }
        boolean solePrimaryKey = primaryKey.size() == 1;
        columns.forEach((name, spec) -> {
            spec.position().ifPresent(position -> {
                throw new DefinitionException("column '" + table + "." + name + "' is placed " + position
                        + ", which only addColumn does; in createTable the columns come in the order they are declared");
            });
            ColumnSpec effective = primaryKey.contains(name) && !spec.isPrimaryKey() ? spec.primaryKey() : spec;
            built.add(Columns.column(name, effective, solePrimaryKey && primaryKey.contains(name)));
            all.addAll(Columns.constraints(table, name, spec, naming));
        });
        all.addAll(constraints);
        List<Operation> operations = new ArrayList<>();
        operations.add(new CreateTable(table, built, all, comment, ifNotExists));
        for (List<String> index : indexes) {
            operations.add(IndexDefinition.plain(naming.indexName(table, index), table, false,
                    index.toArray(String[]::new)));
        }
        operations.addAll(specIndexes);
        return operations;
    }
}
