package io.loquent.testing;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import java.util.List;

/** The operations the DSL builds for the README's {@code users} table, as every dialect test uses them. */
public final class SeedTable {
    /** {@code createTable("users", …)} with its primary key and the unique email. */
    public static final CreateTable CREATE = new CreateTable("users", List.of(
            new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, true, null, null),
            new Column("name", string(100), false, false, null, null),
            new Column("email", string(255), true, false, null, null),
            new Column("password", string(255), true, false, null, null),
            new Column("is_active", ColumnType.of(ColumnType.Kind.BOOLEAN), true, false,
                    new DefaultValue.Literal(true), null),
            new Column("created_at", ColumnType.of(ColumnType.Kind.TIMESTAMP), false, false,
                    new DefaultValue.CurrentTimestamp(), null),
            new Column("updated_at", ColumnType.of(ColumnType.Kind.TIMESTAMP), false, false,
                    new DefaultValue.CurrentTimestamp(), null)),
            List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                    new TableConstraint.Unique("uq_users_email", List.of("email"))),
            null);

    /** {@code createIndex("idx_users_email", "users", "email")}. */
    public static final CreateIndex INDEX = new CreateIndex("idx_users_email", "users", List.of("email"), false);

    /** {@code dropTable("users")}. */
    public static final DropTable DROP = new DropTable("users");

    private SeedTable() {
    }

    /** {@code string(length)}: the portable VARCHAR. */
    public static ColumnType string(int length) {
        return new ColumnType(ColumnType.Kind.STRING, length, null, null);
    }
}
