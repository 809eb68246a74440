package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift detection as a user meets it, on each database: after {@code upgrade head}, changes made by hand (a column
 * altered or added, an index dropped, a table created) are reported by {@code check}, one line each, exit 1;
 * {@code --drift-only} reports them alone; {@code --accept-drift} records the schema as the new snapshot with a
 * history row, and the next {@code check} is clean. An offline script piped into the database's own shell leaves a
 * snapshot that matches what the shell built; a database without a snapshot reports no drift until its next run.
 */
class DriftCliIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_OFFLINE = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_OFFLINE = TestDatabaseExtension.mysql();

    private static final String CHECKSUMS_OK = "OK: every applied script matches what ran\n";
    private static final String WHEN = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d";

    @TempDir
    Path dir;

    private Path project(String url) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "d1", message = "customers and orders")
                public final class D1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("customers", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("name", string(100).nullable(false).defaultValue("it's new"));
                            t.column("email", string(200).unique());
                            t.column("vip", bool().nullable(false).defaultValue(false));
                            t.timestamps();
                        });
                        op.createIndex("ix_customers_name", "customers", "name");
                        op.createTable("orders", t -> {
                            t.column("id", bigInteger().primaryKey().autoIncrement());
                            t.column("customer_id", integer().nullable(false).foreignKey("customers.id")
                                    .onDelete("CASCADE"));
                            t.column("total", decimal(10, 2).defaultValue(0));
                            t.column("placed", date());
                        });
                        op.createIndex("ix_orders_placed", "orders", "placed");
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("orders");
                        op.dropTable("customers");
                    }
                }
                """);
        Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nscripts=migrations\n");
        return dir;
    }

    private CliRun loquent(String... args) throws Exception {
        return Processes.separately(dir, args);
    }

    /**
     * The whole story on one database: {@code alter} changes customers.name's type (or, on SQLite, which cannot,
     * adds a column), run by hand through JDBC like the DROP INDEX and CREATE TABLE after it.
     */
    private void driftIsReportedAndAccepted(String url, String alter, String changed) throws Exception {
        project(url);
        CliRun up = loquent("upgrade", "head");
        assertThat(up.exit()).as(up.err()).isZero();
        CliRun clean = loquent("check");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.out()).matches(CHECKSUMS_OK.replace(".", "\\.")
                + "OK: no drift since revision d1 \\(applied " + WHEN + "\\)\n");

        execute(url, alter, "DROP INDEX ix_orders_placed" + (url.contains("mariadb") ? " ON orders" : ""),
                "CREATE TABLE audit_log (id INTEGER)");
        String since = " since revision d1 \\(applied " + WHEN + "\\)";
        String drift = "drift: table audit_log was created outside Loquent" + since + "\n"
                + "drift: " + changed + since + "\n"
                + "drift: index ix_orders_placed on orders was dropped outside Loquent" + since + "\n";
        CliRun check = loquent("check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).matches(CHECKSUMS_OK + drift);
        assertThat(check.err()).matches("ERROR: the schema has changed outside Loquent in 3 ways \\(listed above\\)"
                + since + "\\. Undo the changes, write a revision that makes them, or accept them with 'loquent check"
                + " --accept-drift'\n");

        CliRun only = loquent("check", "--drift-only");
        assertThat(only.exit()).isEqualTo(1);
        assertThat(only.out()).matches(drift);

        CliRun accept = loquent("check", "--accept-drift");
        assertThat(accept.exit()).as(accept.err()).isZero();
        assertThat(accept.out()).isEqualTo("OK: the schema as it is now is the new snapshot (3 changes made outside"
                + " Loquent accepted)\n");
        CliRun after = loquent("check");
        assertThat(after.exit()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).matches(CHECKSUMS_OK + "OK: no drift since revision d1 \\(drift accepted " + WHEN
                + "\\)\n");
        assertThat(OfflinePipelineIT.rows(url, "SELECT revision, direction, message FROM loquent_history ORDER BY id"))
                .last().isEqualTo("d1|drift|drift accepted: 3 change(s) made outside Loquent");

        // A database migrated before snapshots existed reports no drift until its next run records one.
        execute(url, "DROP TABLE loquent_snapshot");
        CliRun none = loquent("check", "--drift-only");
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).isEqualTo("OK: no schema snapshot yet, so drift is not checked; the next upgrade,"
                + " downgrade or stamp records one\n");
        assertThat(loquent("upgrade", "head").exit()).isZero();
        assertThat(loquent("check", "--drift-only").out()).matches("OK: no drift since revision d1 \\(applied "
                + WHEN + "\\)\n");
    }

    /** The offline script, run by the database's own shell, leaves a snapshot that matches what the shell built. */
    private void offlineScriptLeavesAMatchingSnapshot(String url, String preamble, List<String> shell)
            throws Exception {
        project(url);
        CliRun script = loquent("upgrade", "--sql", "head");
        assertThat(script.exit()).as(script.err()).isZero();
        assertThat(script.out()).contains("-- schema snapshot, for drift checks");
        Processes.shell(preamble + script.out(), Map.of(), shell.toArray(String[]::new));
        CliRun check = loquent("check");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).matches(CHECKSUMS_OK + "OK: no drift since revision d1 \\(offline script written "
                + WHEN + "\\)\n");
        execute(url, "DROP INDEX ix_customers_name" + (url.contains("mariadb") ? " ON customers" : ""));
        CliRun drifted = loquent("check", "--drift-only");
        assertThat(drifted.exit()).isEqualTo(1);
        assertThat(drifted.out()).matches("drift: index ix_customers_name on customers was dropped outside Loquent"
                + " since revision d1 \\(offline script written " + WHEN + "\\)\n");
    }

    @Test
    void sqlite() throws Exception {
        driftIsReportedAndAccepted("jdbc:sqlite:" + dir.resolve("online.db"),
                "ALTER TABLE customers ADD COLUMN phone TEXT", "column customers.phone was added outside Loquent");
        Path offline = dir.resolve("offline.db");
        offlineScriptLeavesAMatchingSnapshot("jdbc:sqlite:" + offline, "", List.of("sqlite3", "-bail", offline.toString()));
    }

    @Test
    void postgres() throws Exception {
        driftIsReportedAndAccepted(POSTGRES.database().url(), "ALTER TABLE customers ALTER COLUMN name TYPE"
                + " varchar(150)", "column customers.name was changed outside Loquent \\(type string\\(100\\) then,"
                + " string\\(150\\) now\\)");
        TestDatabase offline = POSTGRES_OFFLINE.database();
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        offlineScriptLeavesAMatchingSnapshot(offline.url(), "SET search_path TO \"" + offline.name() + "\";\n",
                List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
                        String.valueOf(uri.getPort()), "-U", "postgres", "-d", uri.getPath().substring(1)));
    }

    @Test
    void mariadb() throws Exception {
        driftIsReportedAndAccepted(MYSQL.database().url(), "ALTER TABLE customers MODIFY name varchar(150) NOT NULL"
                + " DEFAULT 'it''s new'", "column customers.name was changed outside Loquent \\(type string\\(100\\)"
                + " then, string\\(150\\) now\\)");
        TestDatabase offline = MYSQL_OFFLINE.database();
        URI uri = URI.create(offline.url().substring("jdbc:".length()));
        offlineScriptLeavesAMatchingSnapshot(offline.url(), "", List.of("mariadb", "--host=" + uri.getHost(),
                "--port=" + uri.getPort(), "--user=root", offline.name()));
    }

    private static void execute(String url, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
