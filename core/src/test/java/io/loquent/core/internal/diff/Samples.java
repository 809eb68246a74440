package io.loquent.core.internal.diff;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.core.internal.dsl.NamingConvention;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Changes that together use every operation the writer writes, every column type and every column option. */
final class Samples {
    static final NamingConvention NAMING = NamingConvention.defaults(IdentifierLimit.utf8Bytes(63));

    private Samples() {
    }

    static Column column(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, false, null, null);
    }

    static ColumnType type(Kind kind) {
        return ColumnType.of(kind);
    }

    static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, null, null);
    }

    /** users, as a person would create it: a serial key, a unique email, a comment, a named check. */
    static Change createUsers() {
        CreateTable users = new CreateTable("users", List.of(
                new Column("id", type(Kind.BIG_INTEGER), false, true, null, null),
                column("email", string(255), false),
                new Column("name", string(100), true, false, null, "shown to other users"),
                new Column("active", type(Kind.BOOLEAN), false, false, new DefaultValue.Literal(true), null),
                new Column("created_at", type(Kind.TIMESTAMP), false, false, new DefaultValue.CurrentTimestamp(), null)),
                List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                        new TableConstraint.Unique("uq_users_email", List.of("email")),
                        new TableConstraint.Check("ck_users_name_length", "length(name) > 0")),
                "people who sign in");
        return new Change("add table users", List.of(users, new CreateIndex("ix_users_name", "users",
                List.of("name"), false)), List.of(new DropTable("users")), null);
    }

    /** orders: a foreign key on a column, with ON DELETE; a composite key referenced by name. */
    static Change createOrders() {
        CreateTable orders = new CreateTable("orders", List.of(
                new Column("id", type(Kind.INTEGER), false, true, null, null),
                column("user_id", type(Kind.BIG_INTEGER), false),
                new Column("total", new ColumnType(Kind.DECIMAL, null, 12, 2), false, false,
                        new DefaultValue.Literal(new BigDecimal("0.00")), null),
                column("region", string(2), true),
                column("code", string(10), true)),
                List.of(new TableConstraint.PrimaryKey("pk_orders", List.of("id")),
                        new TableConstraint.ForeignKey("fk_orders_user_id_users", List.of("user_id"), "users",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.ForeignKey("orders_region_fkey", List.of("region", "code"), "regions",
                                List.of("region", "code"), null, ReferentialAction.SET_NULL)),
                null);
        return new Change("add table orders", List.of(orders), List.of(new DropTable("orders")), null);
    }

    static Change renameEmail() {
        return new Change("users.mail: renamed from users.email?",
                List.of(new RenameColumn("users", "email", "mail")),
                List.of(new RenameColumn("users", "mail", "email")),
                "check this is a rename, not a drop and an add");
    }

    static Change widenName() {
        return new Change("users.name: string(120) in the model, string(100) in the database",
                List.of(new AlterColumn("users", "name", string(120), false, null, null, null, string(100), true)),
                List.of(new AlterColumn("users", "name", string(100), true, null, null, null, string(120), false)),
                null);
    }

    /** Every column type, each with another option, in one table whose key is composite and named by the convention. */
    static Change everyType() {
        List<Column> columns = List.of(
                new Column("tenant", type(Kind.INTEGER), false, false, null, null),
                new Column("serial", type(Kind.BIG_INTEGER), false, true, null, null),
                new Column("small", type(Kind.SMALL_INTEGER), true, false, new DefaultValue.Literal((short) -7), null),
                new Column("label", string(40), false, false, new DefaultValue.Literal("it's \"new\"\n\\u000a é"), "quote ' and \"double\""),
                new Column("body", type(Kind.TEXT), true, false, new DefaultValue.Sql("'draft'"), null),
                new Column("flag", type(Kind.BOOLEAN), true, false, new DefaultValue.Literal(false), null),
                new Column("price", new ColumnType(Kind.DECIMAL, null, 10, 4), true, false,
                        new DefaultValue.Literal(new BigDecimal("1E+3")), null),
                new Column("ratio", type(Kind.DOUBLE), true, false, new DefaultValue.Literal(-0.0), null),
                new Column("born", type(Kind.DATE), true, false, new DefaultValue.Literal(LocalDate.of(1999, 12, 31)), null),
                new Column("opens", type(Kind.TIME), true, false, new DefaultValue.Literal(LocalTime.of(9, 30, 0, 5)), null),
                new Column("seen", type(Kind.TIMESTAMP), true, false,
                        new DefaultValue.Literal(LocalDateTime.of(2024, 2, 29, 23, 59, 58)), null),
                new Column("blob", type(Kind.BINARY), true, false, null, "bytes"),
                new Column("digest", new ColumnType(Kind.BINARY, 16, null, null), false, false, null, null),
                new Column("ref", type(Kind.UUID), true, false,
                        new DefaultValue.Literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")), null),
                new Column("doc", type(Kind.JSON), true, false, new DefaultValue.Sql("'{}'"), null),
                new Column("big", type(Kind.BIG_INTEGER), true, false, new DefaultValue.Literal(9_007_199_254_740_993L), null),
                new Column("huge", new ColumnType(Kind.DECIMAL, null, 38, 0), true, false,
                        new DefaultValue.Literal(new BigInteger("123456789012345678901234567890")), null),
                new Column("tiny", type(Kind.SMALL_INTEGER), true, false, new DefaultValue.Literal((byte) 3), null),
                new Column("weight", type(Kind.DOUBLE), true, false, new DefaultValue.Literal(1.5f), null),
                new Column("count", type(Kind.INTEGER), false, true, new DefaultValue.Literal(Integer.MIN_VALUE), null));
        CreateTable table = new CreateTable("every_type", columns, List.of(
                new TableConstraint.PrimaryKey("pk_every_type", List.of("tenant", "serial")),
                new TableConstraint.Unique("uq_every_type_label", List.of("label")),
                new TableConstraint.ForeignKey("fk_every_type_label_labels", List.of("label"), "labels",
                        List.of("name"), ReferentialAction.SET_DEFAULT, ReferentialAction.RESTRICT),
                new TableConstraint.ForeignKey("fk_every_type_ref_s.refs", List.of("ref"), "s.refs", List.of("id"),
                        null, ReferentialAction.NO_ACTION),
                new TableConstraint.Unique("uq_every_type_body", List.of("body")),
                new TableConstraint.Unique("uq_every_type_tenant_serial", List.of("tenant", "serial")),
                new TableConstraint.Unique("every_type_flag_key", List.of("flag")),
                new TableConstraint.ForeignKey("fk_every_type_tenant_tenants", List.of("tenant"), "tenants",
                        List.of("id"), null, null),
                new TableConstraint.Check("every_type_price_check", "price >= 0"),
                new TableConstraint.ForeignKey("fk_every_type_tenant_serial_pairs", List.of("tenant", "serial"),
                        "pairs", List.of("a", "b"), ReferentialAction.CASCADE, null)),
                null);
        return new Change("add table every_type", List.of(table), List.of(new DropTable("every_type")), null);
    }

    /** Keys the convention does not name: a single-column key of its own name, which also stops auto-increment. */
    static Change namedKeys() {
        CreateTable table = new CreateTable("legacy", List.of(
                new Column("id", type(Kind.INTEGER), false, false, null, null),
                new Column("seq", type(Kind.INTEGER), true, true, null, null)),
                List.of(new TableConstraint.PrimaryKey("legacy_pkey", List.of("id"))), null);
        CreateTable plain = new CreateTable("plain", List.of(
                new Column("id", type(Kind.INTEGER), false, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_plain", List.of("id"))), null);
        CreateTable keyless = new CreateTable("keyless", List.of(column("v", type(Kind.TEXT), true)), List.of(), "");
        return new Change("add tables legacy, plain and keyless", List.of(table, plain, keyless),
                List.of(new DropTable("keyless"), new DropTable("plain"), new DropTable("legacy")), null);
    }

    /** Every operation on an existing table, each undone in the downgrade. */
    static List<Change> alterations() {
        AddColumn phone = new AddColumn("users", new Column("phone", string(20), true, false, null, "mobile"), List.of());
        AddColumn keyed = new AddColumn("accounts", new Column("id", type(Kind.INTEGER), false, true, null, null),
                List.of(new TableConstraint.PrimaryKey("pk_accounts", List.of("id"))));
        AddColumn owner = new AddColumn("accounts", new Column("owner", type(Kind.BIG_INTEGER), false, false,
                new DefaultValue.Literal(0L), null), List.of(
                new TableConstraint.Unique("uq_accounts_owner", List.of("owner")),
                new TableConstraint.ForeignKey("fk_accounts_owner_users", List.of("owner"), "users", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL)));
        AddColumn stamp = new AddColumn("accounts", new Column("stamp", type(Kind.TIMESTAMP), false, false,
                new DefaultValue.CurrentTimestamp(), null), List.of());
        return List.of(
                new Change("users.phone: new", List.of(phone), List.of(new DropColumn("users", "phone")), null),
                new Change("accounts: key, owner and stamp", List.of(keyed, owner, stamp), List.of(
                        new DropColumn("accounts", "stamp"), new DropColumn("accounts", "owner"),
                        new DropColumn("accounts", "id")), null),
                new Change("users.name: default and comment", List.of(
                        new AlterColumn("users", "name", null, null, new AlterColumn.DefaultChange(
                                new DefaultValue.Literal("anon")), null, "what others see", null, null),
                        new AlterColumn("users", "created_at", null, null, new AlterColumn.DefaultChange(
                                new DefaultValue.CurrentTimestamp()), null, null, type(Kind.TIMESTAMP), false)),
                        List.of(new AlterColumn("users", "name", null, null, AlterColumn.DefaultChange.drop(), null,
                                        null, null, null),
                                new AlterColumn("users", "created_at", null, null, new AlterColumn.DefaultChange(
                                        new DefaultValue.Sql("now()")), null, null, null, null)), null),
                new Change("users.nick: renamed in alterColumn", List.of(new AlterColumn("users", "nick", null, null,
                        null, "handle", null, null, null)), List.of(new AlterColumn("users", "handle", null, null,
                        null, "nick", null, null, null)), null),
                new Change("users renamed to people", List.of(new RenameTable("users", "people")),
                        List.of(new RenameTable("people", "users")), "check this is a rename, not a drop and an add"),
                new Change("indexes", List.of(new CreateIndex("ix_people_a_b", "people", List.of("a", "b"), false),
                        new CreateIndex("ux_people_c", "people", List.of("c"), true)),
                        List.of(new DropIndex("ux_people_c", "people"), new DropIndex("ix_people_a_b", "people")), null),
                constraints());
    }

    private static Change constraints() {
        List<TableConstraint> added = List.of(
                new TableConstraint.PrimaryKey("people_pkey", List.of("id", "tenant")),
                new TableConstraint.Unique("uq_people_email", List.of("email")),
                new TableConstraint.ForeignKey("fk_a", List.of("a"), "t", List.of("id"), null, null),
                new TableConstraint.ForeignKey("fk_b", List.of("b", "c"), "t", List.of("x", "y"),
                        ReferentialAction.SET_NULL, null),
                new TableConstraint.ForeignKey("fk_c", List.of("c"), "t", List.of("id"), null, ReferentialAction.CASCADE),
                new TableConstraint.ForeignKey("fk_d", List.of("d"), "t", List.of("id"), ReferentialAction.RESTRICT,
                        ReferentialAction.NO_ACTION),
                new TableConstraint.Check("ck_people_adult", "age >= 18"),
                new TableConstraint.Check("people_age_check", "age < 200"));
        List<io.loquent.api.operation.Operation> drops = new java.util.ArrayList<>();
        for (int i = added.size() - 1; i >= 0; i--) {
            TableConstraint c = added.get(i);
            drops.add(new DropConstraint("people", c.name(), i % 2 == 0 ? c.kind() : null));
        }
        return new Change("people: constraints", added.stream()
                .<io.loquent.api.operation.Operation>map(c -> new AddConstraint("people", c)).toList(), drops, null);
    }

    /** Rows of every value type a bulk insert takes, some with nulls, their own column order, or many columns. */
    static Change rows() {
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("z", null);
        nulls.put("a", "first in order");
        Map<String, Object> wide = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            wide.put("c" + (char) ('a' + i), i);
        }
        List<Map<String, Object>> rows = List.of(
                Map.of("s", "it's\t\"x\"", "i", -1, "l", Long.MIN_VALUE, "b", true),
                Map.of("d", Double.NaN, "e", Double.NEGATIVE_INFINITY, "f", Float.POSITIVE_INFINITY, "g", 1e-300,
                        "h", 3.4028235E38f),
                Map.of("m", new BigDecimal("-12.3400"), "n", new BigInteger("-9"), "o", (short) 0, "p", (byte) -128),
                Map.of("q", LocalDate.of(-44, 3, 15), "r", LocalTime.MAX, "t", LocalDateTime.of(2024, 1, 1, 0, 0),
                        "u", OffsetDateTime.of(2024, 6, 1, 8, 0, 0, 123, ZoneOffset.ofHoursMinutes(-3, -30)),
                        "v", Instant.ofEpochSecond(1_700_000_000L, 42), "w", UUID.randomUUID()),
                nulls, wide);
        return new Change("seed rows", List.of(new BulkInsert("kinds", rows), new BulkInsert("one",
                List.of(Map.of("id", 1))), new ExecuteSql("update kinds set s = 'a;b' -- \"*/\"")),
                List.of(new ExecuteSql("delete from one"), new ExecuteSql("delete from kinds")), null);
    }

    /** Views and the existence forms, each with a query or a name that Java source must escape. */
    static Change viewsAndExistence() {
        io.loquent.api.schema.Column id = new io.loquent.api.schema.Column("id",
                io.loquent.api.schema.ColumnType.of(io.loquent.api.schema.ColumnType.Kind.INTEGER), false, false, null,
                null);
        io.loquent.api.schema.View view = new io.loquent.api.schema.View("v", "SELECT 'it''s' AS \"quoted\"");
        return new Change("views and existence", List.of(
                new io.loquent.api.operation.CreateTable("maybe", List.of(id), List.of(), null, true),
                new io.loquent.api.operation.CreateView(view, false),
                new io.loquent.api.operation.CreateView(view, true),
                new io.loquent.api.operation.DropIndex("ix_old", "maybe", true),
                new io.loquent.api.operation.DropSequence("old_seq", true),
                new io.loquent.api.operation.SetTableComment("maybe", "it's \"maybe\""),
                new io.loquent.api.operation.SetTableComment("maybe", null),
                new io.loquent.api.operation.AddConstraint("maybe", new TableConstraint.ForeignKey("fk_maybe", List.of("id"),
                        "other", List.of("id"), null, null, TableConstraint.Deferral.DEFERRED)),
                new io.loquent.api.operation.AddConstraint("maybe", new TableConstraint.Unique("uq_maybe", List.of("id"),
                        TableConstraint.Deferral.IMMEDIATE))), List.of(
                new io.loquent.api.operation.DropView("v", true),
                new io.loquent.api.operation.DropView("v", false),
                new io.loquent.api.operation.DropTable("maybe", true)), null);
    }

    /** All the samples, in the order a revision would run them. */
    static List<Change> all() {
        List<Change> all = new java.util.ArrayList<>(List.of(createUsers(), createOrders(), everyType(), namedKeys(),
                renameEmail(), widenName()));
        all.addAll(alterations());
        all.add(rows());
        all.add(viewsAndExistence());
        return all;
    }
}
