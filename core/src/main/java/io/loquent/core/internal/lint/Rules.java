package io.loquent.core.internal.lint;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.internal.diff.IndexSource;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules, each a small class: an id, the databases it concerns, the check. Their ids, whys and alternatives are
 * the README's lint table.
 */
final class Rules {
    private Rules() {
    }

    static List<Rule> all() {
        return List.of(new NotNullWithoutDefault(), new BreaksRunningApplication(), new DataRules.SchemaAndData(),
                new IndexWithoutConcurrently(), new KeyValidatedAtOnce(), new TypeChangeRewrites(),
                new IntegerPrimaryKey(), new VolatileDefault(), new SetNotNullScans(),
                new TypeRules.TimestampWithoutTimeZone(), new LockRules.LockTimeout(), new LockRules.OutsideTransactionOnly(),
                new SeveralDdlWithoutTransaction(),
                new TypeRules.MySqlCopyingAlter(), new SqliteRebuild());
    }

    /** LQ001: a NOT NULL column without a default fails on a table with rows. */
    static final class NotNullWithoutDefault extends RuleBase {
        NotNullWithoutDefault() {
            super("LQ001");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (AddColumn add : added(operation)) {
                Column c = add.column();
                if (c.nullable() || c.defaultValue() != null || c.autoIncrement() || c.generated() != null
                        || !site.existing(add.table())) {
                    continue;
                }
                OptionalLong rows = site.rows().apply(add.table());
                if (rows.isPresent() && rows.getAsLong() == 0) {
                    continue; // nothing to hold NULL: the change works
                }
                report.accept(flag(rows.isPresent() ? Severity.ERROR : Severity.WARNING, "a NOT NULL column without a"
                        + " default cannot be added to " + site.sized(add.table()) + " when it holds rows",
                        "add it nullable, fill it (op.execute(\"UPDATE " + add.table() + " SET " + c.name() + " = …\")),"
                        + " then op.alterColumn(\"" + add.table() + "\", \"" + c.name() + "\", c -> c.nullable(false)),"
                        + " or give it a default"));
            }
        }
    }

    /** LQ002: dropping or renaming what the running application still uses. */
    static final class BreaksRunningApplication extends RuleBase {
        BreaksRunningApplication() {
            super("LQ002");
        }

        private Rule.Flag renamed(String table, String column, String newName) {
            return flag(Severity.WARNING, "the application version still running during the deploy uses " + table
                    + "." + column + " by its old name", "expand and contract: add " + newName + ", write both,"
                    + " backfill, switch the reads, then drop " + column + " in a later revision");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            String expand = "expand and contract: deploy code that no longer uses it first, and drop it in a later"
                    + " revision";
            if (operation instanceof DropColumn drop && site.existing(drop.table())) {
                report.accept(flag(Severity.WARNING, "the application version still running during the deploy reads"
                        + " " + drop.table() + "." + drop.column() + ", which is gone", expand));
            } else if (operation instanceof DropTable drop && site.existing(drop.table())) {
                report.accept(flag(Severity.WARNING, "the application version still running during the deploy uses "
                        + drop.table() + ", which is gone", expand));
            } else if (operation instanceof RenameColumn rename && site.existing(rename.table())) {
                report.accept(renamed(rename.table(), rename.column(), rename.newName()));
            } else if (operation instanceof AlterColumn alter && alter.newName() != null
                    && site.existing(alter.table())) {
                report.accept(renamed(alter.table(), alter.column(), alter.newName()));
            } else if (operation instanceof RenameTable rename && site.existing(rename.table())) {
                report.accept(flag(Severity.WARNING, "the application version still running during the deploy uses "
                        + rename.table() + " by its old name", "create " + rename.newName() + " (or a view named "
                        + rename.table() + " over it) and move the application before dropping the old name"));
            }
        }
    }

    /** PG001: a CREATE INDEX that is not concurrent blocks every write to the table while it builds. */
    static final class IndexWithoutConcurrently extends RuleBase {
        IndexWithoutConcurrently() {
            super("PG001", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            if (operation instanceof CreateIndex index && !index.concurrently() && site.existing(index.table())) {
                report.accept(flag(site.bySize(index.table()), "CREATE INDEX without CONCURRENTLY holds a lock that"
                        + " blocks every write to " + site.sized(index.table()) + " until the index is built",
                        "build it concurrently, outside the revision's transaction: " + concurrently(index)));
            }
        }

        /** The Loquent call that builds {@code index} concurrently, as OperationSource would write it. */
        private static String concurrently(CreateIndex index) {
            return IndexSource.call(new CreateIndex(index.table(), index.index(), true));
        }
    }

    /** PG002: a foreign key or check added in one step scans the table under a strong lock. */
    static final class KeyValidatedAtOnce extends RuleBase {
        KeyValidatedAtOnce() {
            super("PG002", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            if (!(operation instanceof AddConstraint add) || !site.existing(add.table())) {
                return;
            }
            TableConstraint c = add.constraint();
            if (c instanceof TableConstraint.ForeignKey || c instanceof TableConstraint.Check) {
                String kind = c instanceof TableConstraint.ForeignKey ? "FOREIGN KEY" : "CHECK";
                report.accept(flag(site.bySize(add.table()), "adding a " + kind.toLowerCase(java.util.Locale.ROOT)
                        + " validates every row of " + site.sized(add.table()) + " while it blocks writes",
                        "add it NOT VALID, then validate it in a later statement, which allows writes: op.execute("
                                + "\"ALTER TABLE " + add.table() + " ADD CONSTRAINT " + c.name() + " … NOT VALID\");"
                                + " op.execute(\"ALTER TABLE " + add.table() + " VALIDATE CONSTRAINT " + c.name()
                                + "\")"));
            } else if (c instanceof TableConstraint.Unique) {
                report.accept(flag(site.bySize(add.table()), "adding a unique constraint builds its index while it"
                        + " blocks writes to " + site.sized(add.table()), "build the index with CREATE UNIQUE INDEX"
                        + " CONCURRENTLY first, then op.execute(\"ALTER TABLE " + add.table() + " ADD CONSTRAINT "
                        + c.name() + " UNIQUE USING INDEX …\")"));
            }
        }
    }

    /** PG003: a type change that rewrites the table under an exclusive lock (widening a varchar does not). */
    static final class TypeChangeRewrites extends RuleBase {
        TypeChangeRewrites() {
            super("PG003", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (AlterColumn alter : typeChanges(operation, site, TypeChangeRewrites::widensText)) {
                report.accept(flag(site.bySize(alter.table()), "changing the type of " + alter.table() + "."
                        + alter.column() + " rewrites " + site.sized(alter.table()) + " under an exclusive lock",
                        "add a column of the new type, fill it in batches, switch the application, then drop the old"
                                + " one in a later revision"));
            }
        }

        /** A longer varchar, or text from a varchar: PostgreSQL changes only the catalogue. */
        private static boolean widensText(ColumnType from, ColumnType to) {
            return from.kind() == ColumnType.Kind.STRING && (to.kind() == ColumnType.Kind.TEXT
                    || to.kind() == ColumnType.Kind.STRING && to.length() >= from.length());
        }
    }

    /** PG004: an integer key runs out at 2,147,483,647 rows, and changing it later rewrites the table. */
    static final class IntegerPrimaryKey extends RuleBase {
        IntegerPrimaryKey() {
            super("PG004", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            if (!(operation instanceof CreateTable create)) {
                return;
            }
            List<String> key = create.constraints().stream().filter(TableConstraint.PrimaryKey.class::isInstance)
                    .map(k -> ((TableConstraint.PrimaryKey) k).columns()).findFirst().orElse(List.of());
            for (Column c : create.columns()) {
                if (key.equals(List.of(c.name())) && c.autoIncrement()
                        && (c.type().kind() == ColumnType.Kind.INTEGER || c.type().kind() == ColumnType.Kind.SMALL_INTEGER)) {
                    report.accept(flag(Severity.INFO, "the key " + create.table() + "." + c.name() + " is a 32-bit"
                            + " integer: it runs out at 2,147,483,647 rows, and widening it later rewrites the table",
                            "t.column(\"" + c.name() + "\", bigInteger().primaryKey().autoIncrement())"));
                }
            }
        }
    }

    /**
     * PG005: since PostgreSQL 11 a new column's constant (or stable) default costs nothing, but a volatile one is
     * computed for every row: the table is rewritten under an exclusive lock. Online, on a server before 11, any
     * default does that (offline a current server is assumed).
     */
    static final class VolatileDefault extends RuleBase {
        private static final java.util.regex.Pattern VOLATILE = java.util.regex.Pattern.compile(
                "(?i)\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval)\\s*\\(");

        VolatileDefault() {
            super("PG005", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (AddColumn add : added(operation)) {
                if (site.serverVersion().isPresent() && site.serverVersion().getAsInt() < 11
                        && add.column().defaultValue() != null && site.existing(add.table())) {
                    report.accept(flag(site.bySize(add.table()), "PostgreSQL " + site.serverVersion().getAsInt()
                            + " writes any default into every row of " + site.sized(add.table()) + ", rewriting the"
                            + " table under an exclusive lock (11 and later store a constant default in the"
                            + " catalogue)", "add the column without a default, fill it in batches, then set the"
                            + " default with op.alterColumn(\"" + add.table() + "\", \"" + add.column().name()
                            + "\", c -> c.defaultValue(...))"));
                } else if (add.column().defaultValue() instanceof io.loquent.api.schema.DefaultValue.Sql sql
                        && VOLATILE.matcher(sql.expression()).find() && site.existing(add.table())) {
                    report.accept(flag(site.bySize(add.table()), "the default " + sql.expression() + " is volatile:"
                            + " adding the column computes it for every row of " + site.sized(add.table())
                            + ", rewriting the table under an exclusive lock", "add the column without a default (or"
                            + " with a constant one), fill it in batches, then set the default with"
                            + " op.alterColumn(\"" + add.table() + "\", \"" + add.column().name()
                            + "\", c -> c.serverDefault(\"" + sql.expression() + "\"))"));
                }
            }
        }
    }

    /** PG006: SET NOT NULL scans the whole table under an exclusive lock, unless a validated check proves it. */
    static final class SetNotNullScans extends RuleBase {
        SetNotNullScans() {
            super("PG006", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (AlterColumn alter : altered(operation)) {
                if (!Boolean.FALSE.equals(alter.nullable()) || !site.existing(alter.table())) {
                    continue;
                }
                String check = "ck_" + alter.table() + "_" + alter.column() + "_not_null";
                report.accept(flag(site.bySize(alter.table()), "SET NOT NULL on " + alter.table() + "."
                        + alter.column() + " reads every row of " + site.sized(alter.table()) + " while it blocks"
                        + " reads and writes", "op.execute(\"ALTER TABLE " + alter.table() + " ADD CONSTRAINT " + check
                        + " CHECK (" + alter.column() + " IS NOT NULL) NOT VALID\"), then in a later revision"
                        + " op.execute(\"ALTER TABLE " + alter.table() + " VALIDATE CONSTRAINT " + check + "\"),"
                        + " then SET NOT NULL (PostgreSQL 12 and later use the validated check, without a scan)"
                        + " and drop the check"));
            }
        }
    }

    /** MY001: DDL that commits statement by statement leaves half a revision behind when one fails. */
    static final class SeveralDdlWithoutTransaction extends RuleBase {
        SeveralDdlWithoutTransaction() {
            super("MY001", "mysql", "mariadb");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            if (site.statementsSoFar() == 1 && !(operation instanceof ExecuteSql)) {
                report.accept(flag(Severity.INFO, "MySQL and MariaDB commit each DDL statement on its own, so a"
                        + " revision that fails after its first statement stays half-applied (Loquent records how far"
                        + " it got, for --resume)", "keep one schema change per revision where a failure halfway"
                        + " would be hard to settle"));
            }
        }
    }

    /** SQ001: SQLite changes a table's definition by copying every row into a new table. */
    static final class SqliteRebuild extends RuleBase {
        SqliteRebuild() {
            super("SQ001", "sqlite");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            String table = rebuilt(operation);
            if (table != null && site.existing(table)) {
                report.accept(flag(site.bySize(table), "SQLite applies this by rebuilding " + site.sized(table)
                        + ": every row is copied, and the file needs room for both copies while it runs",
                        "run it when the table is small or the application can wait; a batch (op.batchAlterTable)"
                                + " does several changes in one rebuild"));
            }
        }

        /** The table an operation rebuilds on SQLite, or null when SQLite alters it in place. */
        private static String rebuilt(Operation operation) {
            if (operation instanceof AlterColumn alter && (alter.newType() != null || alter.nullable() != null
                    || alter.defaultChange() != null)) {
                return alter.table();
            }
            if (operation instanceof AddConstraint add) {
                return add.table();
            }
            if (operation instanceof io.loquent.api.operation.DropConstraint drop) {
                return drop.table();
            }
            if (operation instanceof BatchAlterTable batch) {
                return batch.operations().stream().map(SqliteRebuild::rebuilt).anyMatch(t -> t != null)
                        || batch.recreate() == BatchAlterTable.Recreate.ALWAYS ? batch.table() : null;
            }
            return null;
        }
    }

    static List<AddColumn> added(Operation operation) {
        if (operation instanceof AddColumn add) {
            return List.of(add);
        }
        if (operation instanceof BatchAlterTable batch) {
            return batch.operations().stream().filter(AddColumn.class::isInstance).map(AddColumn.class::cast).toList();
        }
        return List.of();
    }

    /**
     * The type changes of {@code operation} on a table the revision did not create, but those that are
     * {@code harmless} from the column's type before to the new one (a change from a column the replay does not
     * know is kept).
     */
    static List<AlterColumn> typeChanges(Operation operation, Site site,
                                         java.util.function.BiPredicate<ColumnType, ColumnType> harmless) {
        return altered(operation).stream().filter(alter -> alter.newType() != null && site.existing(alter.table()))
                .filter(alter -> site.schema().table(alter.table()).flatMap(t -> t.column(alter.column()))
                        .map(before -> !harmless.test(before.type(), alter.newType())).orElse(true))
                .toList();
    }

    static List<AlterColumn> altered(Operation operation) {
        if (operation instanceof AlterColumn alter) {
            return List.of(alter);
        }
        if (operation instanceof BatchAlterTable batch) {
            return batch.operations().stream().filter(AlterColumn.class::isInstance).map(AlterColumn.class::cast)
                    .toList();
        }
        return List.of();
    }
}
