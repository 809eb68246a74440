package io.loquent.testing;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.TableConstraint;
import java.util.List;

/** Operations with identity options, generated columns and column positions, which every dialect's golden SQL renders. */
public final class ColumnAttributeTables {
    private static final ColumnType INTEGER = ColumnType.of(ColumnType.Kind.INTEGER);

    private ColumnAttributeTables() {
    }

    /** An identity key numbered from {@code start} in steps of {@code increment}, ALWAYS or BY DEFAULT. */
    public static Column id(long start, long increment, boolean always) {
        return new Column("id", ColumnType.of(ColumnType.Kind.BIG_INTEGER), false, true, null, null,
                new Identity(start, increment, always), null);
    }

    /** {@code createTable("items")} with the key {@code id}, price, qty and a stored {@code total = price * qty}. */
    public static CreateTable items(Column id) {
        return new CreateTable("items", List.of(id, new Column("price", INTEGER, true, false, null, null),
                new Column("qty", INTEGER, true, false, null, null),
                generated("total", "price * qty", true)),
                List.of(new TableConstraint.PrimaryKey("pk_items", List.of("id"))), null);
    }

    /** A nullable integer column generated from {@code expression}. */
    public static Column generated(String name, String expression, boolean stored) {
        return new Column(name, INTEGER, true, false, null, null, null, new Generated(expression, stored));
    }

    /** {@code addColumn("items", name, string(20)...)} at {@code position}. */
    public static AddColumn placed(String name, ColumnPosition position) {
        return new AddColumn("items", new Column(name, SeedTable.string(20), true, false, null, null), List.of(),
                position);
    }

    /** {@code addColumn("items", column)} at the end. */
    public static AddColumn added(Column column) {
        return new AddColumn("items", column, List.of());
    }
}
