package io.loquent.core.internal.dsl;

import io.loquent.api.DefinitionException;
import io.loquent.api.IndexSpec;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Collects the body of an index spec and turns it into a {@link CreateIndex}. */
final class IndexDefinition implements IndexSpec {
    private final List<IndexKey> keys = new ArrayList<>();
    private final List<String> include = new ArrayList<>();
    private boolean unique;
    private String where;
    private String method;
    private boolean concurrently;

    /** The operation {@code spec} describes for index {@code name} (never null here) of {@code table}. */
    static CreateIndex of(String name, String table, Consumer<IndexSpec> spec) {
        if (spec == null) {
            throw new DefinitionException("index '" + name + "' on table '" + table + "' needs a spec, such as"
                    + " i -> i.column(\"email\")");
        }
        IndexDefinition definition = new IndexDefinition();
        spec.accept(definition);
        if (definition.keys.isEmpty()) {
            throw new DefinitionException("index '" + name + "' on table '" + table + "' needs at least one key:"
                    + " i.column(...) or i.expression(...)");
        }
        return new CreateIndex(table, new Index(name, definition.keys, definition.unique, definition.where,
                definition.method, definition.include), definition.concurrently);
    }

    /**
     * The operation of the plain forms ({@code createIndex(name, table, "a", "b")}): every string is a column. One
     * that is plainly SQL ({@code lower(y)}) is refused at once rather than passed on to a database that might take
     * it as a string constant, as SQLite does with an unknown double-quoted name.
     */
    static CreateIndex plain(String name, String table, boolean unique, String... columns) {
        for (String column : columns == null ? new String[0] : columns) {
            if (column != null && column.contains("(")) {
                throw new DefinitionException("index '" + name + "' on table '" + table + "' names column '" + column
                        + "', which is an expression, not a column; for a key on an expression write"
                        + " createIndex(\"" + name + "\", \"" + table + "\", i -> i.expression(\"" + column + "\"))");
            }
        }
        return new CreateIndex(name, table, columns == null ? null : Arrays.asList(columns), unique);
    }

    @Override
    public IndexSpec column(String column) {
        keys.add(IndexKey.of(column));
        return this;
    }

    @Override
    public IndexSpec column(String column, int length) {
        keys.add(IndexKey.prefix(column, length));
        return this;
    }

    @Override
    public IndexSpec expression(String sql) {
        keys.add(IndexKey.expression(sql));
        return this;
    }

    @Override
    public IndexSpec unique() {
        unique = true;
        return this;
    }

    @Override
    public IndexSpec where(String condition) {
        if (condition == null || condition.isBlank()) {
            throw new DefinitionException("where(...) of an index needs an SQL condition, such as \"deleted_at IS NULL\"");
        }
        where = condition;
        return this;
    }

    @Override
    public IndexSpec using(String method) {
        if (method == null || method.isBlank()) {
            throw new DefinitionException("using(...) of an index needs an access method, such as \"gin\"");
        }
        this.method = method;
        return this;
    }

    @Override
    public IndexSpec include(String... columns) {
        include.addAll(Arrays.asList(columns));
        return this;
    }

    @Override
    public IndexSpec concurrently() {
        concurrently = true;
        return this;
    }
}
