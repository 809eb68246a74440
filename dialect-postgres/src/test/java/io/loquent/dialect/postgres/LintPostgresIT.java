package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loquent.core.LintFinding;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.Loquent;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's lint rules: each flags its change on a table the history already had and leaves alone the near case
 * (the same change on a table its own revision created, a varchar made longer); offline the size is unknown, and on
 * the server a table of 100,000 rows makes a locking change an error while a small one keeps it informational.
 */
class LintPostgresIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @TempDir
    Path dir;

    private void revisions() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "p1", null, """
                op.createTable("orders", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("code", string(20));
                            t.column("qty", integer());
                            t.column("customer_id", integer());
                        });
                        op.createTable("customers", t -> t.column("id", bigInteger().primaryKey().autoIncrement()));
                        op.createIndex("ix_orders_code", "orders", "code");""", "op.dropTable(\"customers\"); op.dropTable(\"orders\");");
        RevisionFiles.write(migrations, "2.java", "p2", "p1", """
                op.createIndex("ix_orders_qty", "orders", "qty");
                        op.createIndex("ix_orders_code_lower", "orders", i -> i.expression("lower(code)").concurrently());
                        op.alterColumn("orders", "code", c -> c.type(string(40)));
                        op.alterColumn("orders", "qty", c -> c.type(bigInteger()));
                        op.createForeignKey("fk_orders_customer", "orders", "customers", java.util.List.of("customer_id"),
                                java.util.List.of("id"));""", "");
        RevisionFiles.write(migrations, "3.java", "p3", "p2", """
                op.addColumn("orders", "token", uuid().serverDefault("gen_random_uuid()"));
                        op.addColumn("orders", "placed", timestamp().serverDefault("now()"));
                        op.alterColumn("orders", "code", c -> c.nullable(false));
                        op.createTable("notes", t -> t.column("id", bigInteger().primaryKey()));
                        op.addColumn("notes", "token", uuid().serverDefault("gen_random_uuid()"));
                        op.alterColumn("notes", "id", c -> c.nullable(false));""", "");
    }

    private Loquent loquent(String url) {
        return Loquent.configure().url(url).scripts(dir.resolve("migrations")).load();
    }

    @Test
    void offlineEachRuleFlagsTheExistingTableAndNotTheNearCase() {
        revisions();
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(dir.resolve("migrations")).load();
        assertThat(offline.lintOffline("heads")).extracting(LintFinding::rule, LintFinding::severity,
                LintFinding::operation).containsExactly(
                        tuple("PG004", Severity.INFO, "create table orders"),
                        tuple("PG001", Severity.WARNING, "create index ix_orders_qty on orders"),
                        tuple("PG008", Severity.INFO, "create index ix_orders_qty on orders"),
                        tuple("PG003", Severity.WARNING, "alter column orders.qty"),
                        tuple("PG002", Severity.WARNING, "add constraint fk_orders_customer on orders"),
                        tuple("PG005", Severity.WARNING, "add column orders.token"),
                        tuple("PG008", Severity.INFO, "add column orders.token"),
                        tuple("PG007", Severity.INFO, "add column orders.placed"),
                        tuple("PG006", Severity.WARNING, "alter column orders.code"));
    }

    /** The near case of PG001, an index built concurrently, is not flagged, and the advice is the Loquent call. */
    @Test
    void anIndexBuiltConcurrentlyIsNotFlaggedAndTheAdviceIsTheConcurrentCall() {
        revisions();
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(dir.resolve("migrations")).load();
        assertThat(offline.lintOffline("heads")).filteredOn(f -> f.rule().equals("PG001"))
                .singleElement().satisfies(f -> {
                    assertThat(f.operation()).isEqualTo("create index ix_orders_qty on orders");
                    assertThat(f.instead()).isEqualTo("build it concurrently, outside the revision's transaction:"
                            + " op.createIndex(\"ix_orders_qty\", \"orders\", i -> i.column(\"qty\").concurrently())");
                });
    }

    @Test
    void onTheServerTheRowsMakeALockingChangeAnError() throws Exception {
        revisions();
        TestDatabase db = DB.database();
        Loquent loquent = loquent(db.url());
        loquent.upgrade("p1");
        db.execute("INSERT INTO orders (code, qty) SELECT 'c' || g, g FROM generate_series(1, 10) g");
        assertThat(loquent.lint()).as("ten rows").extracting(LintFinding::rule, LintFinding::severity)
                .containsExactly(tuple("PG001", Severity.INFO), tuple("PG008", Severity.INFO),
                        tuple("PG003", Severity.INFO), tuple("PG002", Severity.INFO), tuple("PG005", Severity.INFO),
                        tuple("PG008", Severity.INFO), tuple("PG007", Severity.INFO), tuple("PG006", Severity.INFO));
        db.execute("INSERT INTO orders (code, qty) SELECT 'c' || g, g FROM generate_series(11, 100000) g");
        db.execute("ANALYZE orders");
        assertThat(loquent.lint()).as("100,000 rows").extracting(LintFinding::rule, LintFinding::severity)
                .containsExactly(tuple("PG001", Severity.ERROR), tuple("PG008", Severity.INFO),
                        tuple("PG003", Severity.ERROR), tuple("PG002", Severity.ERROR), tuple("PG005", Severity.ERROR),
                        tuple("PG008", Severity.INFO), tuple("PG007", Severity.INFO), tuple("PG006", Severity.ERROR));
        assertThat(loquent.lint().get(0).why()).contains("orders (100,000 rows)");
    }

    /**
     * PG007 flags a timestamp without time zone where a table or column is declared, and not one with it; LQ003
     * flags a revision that updates the rows of an existing table besides changing the schema (an error on the
     * server from the large-table threshold), and not one that seeds the table it creates.
     */
    @Test
    void timestampsWithoutTimeZoneAndRevisionsThatMixSchemaAndRows() throws Exception {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "t1", null, """
                op.createTable("events", t -> {
                            t.id();
                            t.column("at", timestamp());
                            t.column("seen", timestamp().withTimeZone());
                        });
                        op.bulkInsert("events", java.util.List.of(java.util.Map.of("at", java.time.LocalDateTime.of(2026, 1, 1, 0, 0))));""",
                "op.dropTable(\"events\");");
        RevisionFiles.write(migrations, "2.java", "t2", "t1", """
                op.addColumn("events", "kind", string(20));
                        op.update("UPDATE events SET kind = ?", "plain");""", "");
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).extracting(LintFinding::rule, LintFinding::severity,
                LintFinding::operation).containsExactly(
                        tuple("PG007", Severity.INFO, "create table events"),
                        tuple("PG008", Severity.INFO, "add column events.kind"),
                        tuple("LQ003", Severity.WARNING, "execute UPDATE events SET kind = ?"));

        TestDatabase db = DB.database();
        Loquent loquent = Loquent.configure().url(db.url()).scripts(migrations).versionTable("t_version")
                .historyTable("t_history").load(); // the class's database: the other tests' history stays apart
        loquent.upgrade("t1");
        db.execute("INSERT INTO events (at) SELECT now() FROM generate_series(1, 100000)");
        db.execute("ANALYZE events");
        assertThat(loquent.lint()).extracting(LintFinding::rule, LintFinding::severity)
                .containsExactly(tuple("PG008", Severity.INFO), tuple("LQ003", Severity.ERROR));
        assertThat(loquent.lint().get(1).why()).contains("rows of events (100,001 rows)");
    }

    /**
     * PG008 flags the first operation of a revision that locks an existing table, once, and not a revision that sets
     * a lock_timeout first, nor one that only creates tables or builds an index concurrently.
     */
    @Test
    void aLockTimeoutBeforeTheFirstStrongLockIsAskedForOnce() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "k1", null,
                "op.createTable(\"items\", t -> { t.id(); t.column(\"a\", integer()); t.column(\"b\", integer()); });", "");
        RevisionFiles.write(migrations, "2.java", "k2", "k1", """
                op.addColumn("items", "c", integer());
                        op.addColumn("items", "d", integer());""", "");
        RevisionFiles.write(migrations, "3.java", "k3", "k2", """
                op.execute("SET LOCAL lock_timeout = '5s'");
                        op.dropColumn("items", "a");""", "");
        RevisionFiles.write(migrations, "4.java", "k4", "k3", """
                op.createTable("more", t -> t.id());
                        op.createIndex("ix_items_b", "items", i -> i.column("b").concurrently());""", "");
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).filteredOn(f -> f.rule().equals("PG008"))
                .extracting(LintFinding::revision, LintFinding::operation)
                .containsExactly(tuple("k2", "add column items.c"));
    }

    /**
     * PG009: raw CONCURRENTLY in the revision's transaction fails on the server, which is flagged as an error; the same
     * statement in an autocommit block runs, and is not.
     */
    @Test
    void concurrentlyInTheRevisionsTransactionIsAnErrorAndInAnAutocommitBlockIsNot() throws Exception {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "c1", null,
                "op.createTable(\"docs\", t -> { t.id(); t.column(\"title\", string(50)); });", "");
        RevisionFiles.write(migrations, "2.java", "c2", "c1",
                "op.autocommitBlock(() -> op.execute(\"CREATE INDEX CONCURRENTLY ix_docs_title ON docs (title)\"));", "");
        RevisionFiles.write(migrations, "3.java", "c3", "c2",
                "op.execute(\"DROP INDEX CONCURRENTLY ix_docs_title\");", "");
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).filteredOn(f -> f.rule().equals("PG009"))
                .extracting(LintFinding::revision, LintFinding::severity).containsExactly(tuple("c3", Severity.ERROR));

        Loquent loquent = Loquent.configure().url(DB.database().url()).scripts(migrations).versionTable("c_version")
                .historyTable("c_history").load();
        loquent.upgrade("c2");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> loquent.upgrade("c3")))
                .as("as lint said").hasMessageContaining("cannot run inside a transaction block");
    }
    /**
     * The rules of every database on PostgreSQL: LQ001 (a NOT NULL column without a default on a table with rows, an
     * error on the server, and not on an empty one), LQ002 (a dropped or renamed column of an existing table, and not
     * of one the revision creates).
     */
    @Test
    void theRulesOfEveryDatabaseFlagTheExistingTableAndNotTheNearCase() throws Exception {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "a1", null,
                "op.createTable(\"people\", t -> { t.id(); t.column(\"name\", string(50)); t.column(\"nick\", string(20)); });", "");
        RevisionFiles.write(migrations, "2.java", "a2", "a1", """
                op.addColumn("people", "code", string(8).nullable(false));
                        op.dropColumn("people", "nick");
                        op.createTable("pets", t -> { t.id(); t.column("tag", string(8)); });
                        op.addColumn("pets", "code", string(8).nullable(false));
                        op.dropColumn("pets", "tag");""", "");
        Loquent offline = Loquent.configure().dialect("postgresql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).filteredOn(f -> f.rule().startsWith("LQ"))
                .extracting(LintFinding::rule, LintFinding::severity, LintFinding::operation).containsExactly(
                        tuple("LQ001", Severity.WARNING, "add column people.code"),
                        tuple("LQ002", Severity.WARNING, "drop column people.nick"));

        TestDatabase db = DB.database();
        Loquent loquent = Loquent.configure().url(db.url()).scripts(migrations).versionTable("a_version")
                .historyTable("a_history").load();
        loquent.upgrade("a1");
        assertThat(loquent.lint()).as("an empty table").filteredOn(f -> f.rule().equals("LQ001")).isEmpty();
        db.execute("INSERT INTO people (name) VALUES ('Ada')");
        assertThat(loquent.lint()).filteredOn(f -> f.rule().equals("LQ001")).extracting(LintFinding::severity)
                .containsExactly(Severity.ERROR);
    }
}
