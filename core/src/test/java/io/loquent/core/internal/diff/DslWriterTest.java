package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.script.RevisionBody;
import io.loquent.core.internal.script.RevisionWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What autogenerate shows users: the revision source, golden, and the records it refuses to misstate. */
class DslWriterTest {
    private final DslWriter writer = new DslWriter(Samples.NAMING);

    @Test
    void newTablesAndChangesReadAsAPersonWritesThem(@TempDir Path dir) throws Exception {
        RevisionBody body = writer.write(List.of(Samples.createUsers(), Samples.createOrders(), Samples.renameEmail(),
                Samples.widenName()));
        Path file = RevisionWriter.write(dir, "ae1027a6acf1", List.of("1975ea83b712"), List.of(), List.of(),
                "add users and orders", Set.of(), LocalDateTime.of(2024, 5, 1, 12, 0), body);

        assertThat(Files.readString(file)).isEqualTo("""
                import io.loquent.api.*;
                import java.math.BigDecimal;
                import java.util.List;
                import static io.loquent.api.Types.*;

                @Revision(id = "ae1027a6acf1", down = "1975ea83b712", message = "add users and orders")
                public final class AddUsersAndOrders implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        // add table users
                        Migration.createTable("users", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("email", string(255).nullable(false).unique());
                            t.column("name", string(100).comment("shown to other users"));
                            t.column("active", bool().nullable(false).defaultValue(true));
                            t.column("created_at", timestamp().nullable(false).defaultCurrentTimestamp());
                            t.check("name_length", "length(name) > 0");
                            t.comment("people who sign in");
                        });
                        op.createIndex("ix_users_name", "users", "name");

                        // add table orders
                        Migration.createTable("orders", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("user_id", bigInteger().nullable(false).foreignKey("users.id").onDelete("CASCADE"));
                            t.column("total", decimal(12, 2).nullable(false).defaultValue(new BigDecimal("0.00")));
                            t.column("region", string(2));
                            t.column("code", string(10));
                            t.foreignKey("orders_region_fkey", "regions", List.of("region", "code"), List.of("region", "code"), null, "SET NULL");
                        });

                        // users.mail: renamed from users.email?
                        // NOTE: check this is a rename, not a drop and an add
                        op.renameColumn("users", "email", "mail");

                        // users.name: string(120) in the model, string(100) in the database
                        op.alterColumn("users", "name", c -> c.type(string(120)).nullable(false).existingType(string(100)).existingNullable(true));
                    }

                    @Override public void downgrade(Op op) {
                        // users.name: string(120) in the model, string(100) in the database
                        op.alterColumn("users", "name", c -> c.type(string(100)).nullable(true).existingType(string(120)).existingNullable(false));

                        // users.mail: renamed from users.email?
                        // NOTE: check this is a rename, not a drop and an add
                        op.renameColumn("users", "mail", "email");

                        // add table orders
                        op.dropTable("orders");

                        // add table users
                        op.dropTable("users");
                    }
                }
                """);
    }

    @Test
    void bytesOfAFixedLengthAreWrittenWithTheirLengthAndUnboundedBytesWithout() {
        Column digest = Samples.column("digest", new ColumnType(Kind.BINARY, 16, null, null), true);
        Column blob = Samples.column("blob", Samples.type(Kind.BINARY), true);
        RevisionBody body = writer.write(List.of(new Change("add digest and blob",
                List.of(new AddColumn("files", digest, List.of()), new AddColumn("files", blob, List.of())),
                List.of(new DropColumn("files", "blob"), new DropColumn("files", "digest")), null)));

        assertThat(body.upgrade()).isEqualTo("""
                        // add digest and blob
                        op.addColumn("files", "digest", binary(16));
                        op.addColumn("files", "blob", binary());
                """);
    }

    @Test
    void aTableReflectedWithItsOwnNamesKeepsThem() {
        CreateTable reflected = new CreateTable("legacy", List.of(
                new Column("id", Samples.type(Kind.INTEGER).withNativeName("int4"), false, false, null, null),
                new Column("code", Samples.string(8).withNativeName("varchar"), false, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("legacy_pkey", List.of("id")),
                        new TableConstraint.Unique("legacy_code_key", List.of("code")),
                        new TableConstraint.Check("legacy_code_check", "code <> ''")), null);
        RevisionBody body = writer.write(List.of(new Change("drop table legacy", List.of(new DropTable("legacy")),
                List.of(reflected), null)));

        assertThat(body.upgrade()).isEqualTo("""
                        // drop table legacy
                        op.dropTable("legacy");
                """);
        assertThat(body.downgrade()).isEqualTo("""
                        // drop table legacy
                        Migration.createTable("legacy", t -> {
                            t.column("id", integer().autoIncrement(false));
                            t.column("code", string(8).nullable(false));
                            t.primaryKeyNamed("legacy_pkey", "id");
                            t.uniqueNamed("legacy_code_key", "code");
                            t.checkNamed("legacy_code_check", "code <> ''");
                        });
                """);
        assertThat(body.imports()).isEmpty();
    }

    @Test
    void rowsAreMapOfUnlessTheyHoldANullOrTheirOwnColumnOrder() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("name", "admin");
        ordered.put("id", 1);
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("id", 2);
        withNull.put("name", null);
        RevisionBody body = writer.write(List.of(new Change("seed roles", List.of(new BulkInsert("roles", List.of(
                Map.of("id", 3, "name", "user", "since", LocalDateTime.of(2024, Month.MAY, 1, 9, 0)), ordered,
                withNull))), List.of(), null)));

        assertThat(body.upgrade()).isEqualTo("""
                        // seed roles
                        Map<String, Object> row1 = new LinkedHashMap<>();
                        row1.put("name", "admin");
                        row1.put("id", 1);
                        Map<String, Object> row2 = new LinkedHashMap<>();
                        row2.put("id", 2);
                        row2.put("name", null);
                        op.bulkInsert("roles", List.of(
                                Map.of("id", 3, "name", "user", "since", LocalDateTime.of(2024, 5, 1, 9, 0)),
                                row1,
                                row2));
                """);
        assertThat(body.downgrade()).as("a change without downgrade operations is left out").isEmpty();
        assertThat(body.imports()).containsExactly("java.time.LocalDateTime", "java.util.LinkedHashMap",
                "java.util.List", "java.util.Map");
    }

    @Test
    void importsAreWhatTheBodyUses() {
        assertThat(writer.write(List.of()).imports()).isEmpty();
        assertThat(writer.write(List.of(change(new DropColumn("t", "c")))).imports()).isEmpty();
        assertThat(writer.write(List.of(change(new DropConstraint("t", "uq", TableConstraint.Kind.UNIQUE))))
                .imports()).containsExactly("io.loquent.api.schema.TableConstraint");
        assertThat(writer.write(List.of(Samples.createOrders())).imports())
                .containsExactly("java.math.BigDecimal", "java.util.List");
    }

    @Test
    void noChangesWriteEmptyBodies() {
        assertThat(writer.write(List.of())).isEqualTo(RevisionBody.EMPTY);
    }

    @Test
    void aKeyColumnThatAllowsNullIsRefused() {
        CreateTable table = new CreateTable("t", List.of(Samples.column("id", Samples.type(Kind.INTEGER), true)),
                List.of(new TableConstraint.PrimaryKey("pk_t", List.of("id"))), null);
        assertThatThrownBy(() -> writer.write(List.of(change(table))))
                .isInstanceOf(DefinitionException.class)
                .hasMessage("cannot write 'create table t' in a revision: column 'id' is in the primary key but"
                        + " nullable, and the DSL makes key columns NOT NULL. Make the column NOT NULL, or leave it"
                        + " out of the key");
    }

    @Test
    void aPrimaryKeyAfterOtherConstraintsIsRefused() {
        CreateTable table = new CreateTable("t", List.of(Samples.column("id", Samples.type(Kind.INTEGER), false)),
                List.of(new TableConstraint.Unique("uq_t_id", List.of("id")),
                        new TableConstraint.PrimaryKey("pk_t", List.of("id"))), null);
        assertThatThrownBy(() -> writer.write(List.of(change(table))))
                .hasMessage("cannot write 'create table t' in a revision: its primary key 'pk_t' follows other"
                        + " constraints, and createTable records the primary key first. Put the primary key first");
    }

    @Test
    void anAddedColumnWithAConstraintOfItsOwnNameIsRefused() {
        AddColumn add = new AddColumn("t", Samples.column("code", Samples.string(3), true),
                List.of(new TableConstraint.Unique("t_code_key", List.of("code"))));
        assertThatThrownBy(() -> writer.write(List.of(change(add))))
                .hasMessage("cannot write 'add column t.code' in a revision: constraint 't_code_key' cannot be"
                        + " declared with the column: addColumn declares only the column's own primary key, unique"
                        + " constraint and foreign key, in this order, named by the convention. Add it after the"
                        + " column with AddConstraint");
    }

    private enum Status { ACTIVE }

    @Test
    void aValueNoJavaLiteralWritesIsRefused() {
        AddColumn add = new AddColumn("t", new Column("status", Samples.string(10), true, false,
                new DefaultValue.Literal(Status.ACTIVE), null), List.of());
        assertThatThrownBy(() -> writer.write(List.of(change(add))))
                .hasMessage("cannot write 'add column t.status' in a revision: a value of "
                        + Status.class.getName() + " (ACTIVE) cannot be written in a revision. Use a String, a"
                        + " number, a Boolean, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime,"
                        + " OffsetDateTime, Instant or UUID");
        assertThatThrownBy(() -> writer.write(List.of(change(new BulkInsert("t", List.of(Map.of("c", 'x')))))))
                .hasMessageContaining("a value of java.lang.Character (x) cannot be written in a revision");
    }

    @Test
    void aBatchIsRefused() {
        assertThatThrownBy(() -> writer.write(List.of(change(new BatchAlterTable("t", null,
                List.of(new DropColumn("t", "c")))))))
                .hasMessage("cannot write 'batch alter table t (1 changes)' in a revision: a batch is not written by"
                        + " autogenerate. Give its operations one by one");
    }

    private static Change change(Operation upgrade) {
        return new Change("a change", List.of(upgrade), List.of(), null);
    }
}
