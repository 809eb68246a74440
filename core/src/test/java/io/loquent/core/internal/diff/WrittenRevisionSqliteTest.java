package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.Loquent;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.script.RevisionWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written revision, run by Loquent on a real SQLite file: the catalogue holds what the changes describe. */
class WrittenRevisionSqliteTest {
    @TempDir
    Path dir;

    @Test
    void upgradeBuildsTheChangesAndDowngradeRemovesThem() throws SQLException {
        CreateTable regions = new CreateTable("regions", List.of(
                Samples.column("region", Samples.string(2), false), Samples.column("code", Samples.string(10), false),
                Samples.column("name", Samples.type(Kind.TEXT), true)),
                List.of(new TableConstraint.PrimaryKey("pk_regions", List.of("region", "code"))), null);
        List<Change> changes = List.of(
                new Change("add table regions", List.of(regions, new BulkInsert("regions", List.of(
                        Map.of("region", "eu", "code", "fr", "name", "France"),
                        Map.of("region", "eu", "code", "de")))), List.of(new DropTable("regions")), null),
                Samples.createUsers(), Samples.createOrders(),
                new Change("users.phone: new", List.of(new AddColumn("users", Samples.column("phone",
                        Samples.string(20), true), List.of())), List.of(new DropColumn("users", "phone")), null));
        NamingConvention naming = NamingConvention.defaults(IdentifierLimit.NONE);
        RevisionWriter.write(dir.resolve("migrations"), "a1b2c3d4e5f6", List.of(), List.of(), List.of(),
                "initial schema", Set.of(), LocalDateTime.of(2024, 5, 1, 12, 0), new DslWriter(naming).write(changes));
        Loquent loquent = Loquent.configure().url(url()).scripts(dir.resolve("migrations")).load();

        loquent.upgrade("head");
        assertThat(query("select name from sqlite_master where type = 'table' and name not like 'loquent%'"
                + " and name not like 'sqlite%' order by name")).containsExactly("orders", "regions", "users");
        assertThat(query("select name from pragma_table_info('users')"))
                .containsExactly("id", "email", "name", "active", "created_at", "phone");
        assertThat(query("select \"table\" || ' ' || on_update || ' ' || on_delete from pragma_foreign_key_list('orders')"))
                .containsExactlyInAnyOrder("users NO ACTION CASCADE", "regions SET NULL NO ACTION",
                        "regions SET NULL NO ACTION");
        assertThat(query("select name from pragma_index_list('users') where origin = 'c'")).containsExactly("ix_users_name");
        assertThat(query("select sql from sqlite_master where name = 'users'")).singleElement().asString()
                .contains("CONSTRAINT \"uq_users_email\"", "CONSTRAINT \"ck_users_name_length\"");
        assertThat(query("select coalesce(name, '-') from regions order by code")).containsExactly("-", "France");

        loquent.downgrade("base");
        assertThat(query("select name from sqlite_master where type = 'table' and name not like 'loquent%'"
                + " and name not like 'sqlite%'")).isEmpty();
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url()); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
