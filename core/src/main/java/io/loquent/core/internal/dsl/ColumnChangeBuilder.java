package io.loquent.core.internal.dsl;

import io.loquent.api.ColumnChange;
import io.loquent.api.ColumnSpec;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;

/** Collects the body of {@code alterColumn} into an {@link AlterColumn}. */
final class ColumnChangeBuilder implements ColumnChange {
    private ColumnType type;
    private Boolean nullable;
    private DefaultChange defaultChange;
    private String newName;
    private String comment;
    private ColumnType existingType;
    private Boolean existingNullable;

    @Override
    public ColumnChange type(ColumnSpec spec) {
        this.type = spec.type();
        return this;
    }

    @Override
    public ColumnChange nullable(boolean allowed) {
        this.nullable = allowed;
        return this;
    }

    @Override
    public ColumnChange serverDefault(String sql) {
        this.defaultChange = sql == null ? DefaultChange.drop() : new DefaultChange(new DefaultValue.Sql(sql));
        return this;
    }

    @Override
    public ColumnChange defaultValue(Object value) {
        this.defaultChange = value == null ? DefaultChange.drop() : new DefaultChange(new DefaultValue.Literal(value));
        return this;
    }

    @Override
    public ColumnChange defaultCurrentTimestamp() {
        this.defaultChange = new DefaultChange(new DefaultValue.CurrentTimestamp());
        return this;
    }

    @Override
    public ColumnChange newName(String name) {
        this.newName = name;
        return this;
    }

    @Override
    public ColumnChange comment(String text) {
        this.comment = text;
        return this;
    }

    @Override
    public ColumnChange existingType(ColumnSpec spec) {
        this.existingType = spec.type();
        return this;
    }

    @Override
    public ColumnChange existingNullable(boolean allowed) {
        this.existingNullable = allowed;
        return this;
    }

    AlterColumn build(String table, String column) {
        return new AlterColumn(table, column, type, nullable, defaultChange, newName, comment, existingType,
                existingNullable);
    }
}
