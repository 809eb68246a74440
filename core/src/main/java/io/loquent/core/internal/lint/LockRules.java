package io.loquent.core.internal.lint;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.OperationVisitor;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.core.LintFinding.Severity;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Rules about the locks a revision takes. */
final class LockRules {
    private static final Pattern LOCK_TIMEOUT = Pattern.compile("(?is)\\s*SET\\s+(?:LOCAL\\s+|SESSION\\s+)?lock_timeout\\b.*");

    private LockRules() {
    }

    /** Whether {@code operation} sets PostgreSQL's {@code lock_timeout}. */
    static boolean setsLockTimeout(Operation operation) {
        return operation instanceof ExecuteSql sql && LOCK_TIMEOUT.matcher(sql.sql()).matches();
    }

    /**
     * The table whose lock {@code operation} takes in a mode that stops the application's reads or writes while it
     * waits and runs (PostgreSQL's ACCESS EXCLUSIVE for an ALTER TABLE, SHARE for an index built in place); null for
     * an operation that takes none, or a weak one (a new table, an index built concurrently, raw SQL). A visitor, so
     * that a new operation is classified before it compiles.
     */
    static String strongLock(Operation operation) {
        return operation.accept(STRONG_LOCK);
    }

    private static final OperationVisitor<String> STRONG_LOCK = new OperationVisitor<>() {
        @Override public String createTable(CreateTable op) { return null; }
        @Override public String dropTable(DropTable op) { return op.table(); }
        @Override public String renameTable(RenameTable op) { return op.table(); }
        @Override public String addColumn(AddColumn op) { return op.table(); }
        @Override public String dropColumn(DropColumn op) { return op.table(); }
        @Override public String renameColumn(RenameColumn op) { return op.table(); }
        @Override public String alterColumn(AlterColumn op) { return op.table(); }
        @Override public String createIndex(CreateIndex op) { return op.concurrently() ? null : op.table(); }
        @Override public String dropIndex(DropIndex op) { return op.concurrently() ? null : op.table(); }
        @Override public String addConstraint(AddConstraint op) { return op.table(); }
        @Override public String dropConstraint(DropConstraint op) { return op.table(); }
        @Override public String executeSql(ExecuteSql op) { return null; }
        @Override public String bulkInsert(BulkInsert op) { return null; }
        @Override public String batchAlterTable(BatchAlterTable op) { return op.table(); }
        @Override public String createSequence(CreateSequence op) { return null; }
        @Override public String dropSequence(DropSequence op) { return null; }
        @Override public String createView(CreateView op) { return null; }
        @Override public String dropView(DropView op) { return null; }
        @Override public String setTableComment(SetTableComment op) { return null; }
    };

    /**
     * PG008: without {@code lock_timeout}, an ALTER that waits for its lock behind a long query makes every query on
     * the table wait behind it: one slow report takes the application down. Once per revision, at its first such
     * operation on an existing table, unless the revision set a {@code lock_timeout} before it.
     */
    static final class LockTimeout extends RuleBase {
        LockTimeout() {
            super("PG008", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            String table = strongLock(operation);
            if (table == null || !site.existing(table) || site.lockTimeoutSet() || site.strongLocksSoFar() > 0) {
                return;
            }
            report.accept(flag(Severity.INFO, "without a lock_timeout, " + operation.describe() + " waits for its"
                    + " lock on " + table + " behind any long query, and every query on " + table + " waits behind"
                    + " it", "start the revision with op.execute(\"SET LOCAL lock_timeout = '5s'\"), and run it again"
                    + " when it times out"));
        }
    }

    /**
     * PG009: statements PostgreSQL refuses inside a transaction block ({@code CREATE INDEX CONCURRENTLY},
     * {@code VACUUM}, …), written as raw SQL in a revision, which runs in one: the upgrade fails there. Not in an
     * {@code op.autocommitBlock}, which runs outside it.
     */
    static final class OutsideTransactionOnly extends RuleBase {
        private static final Pattern REFUSED = Pattern.compile("(?is)\\s*(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+"
                + "CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY|REINDEX\\b.*\\bCONCURRENTLY|VACUUM|CREATE\\s+DATABASE"
                + "|DROP\\s+DATABASE|ALTER\\s+SYSTEM)\\b.*");

        OutsideTransactionOnly() {
            super("PG009", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            if (operation instanceof ExecuteSql sql && !site.autocommit() && REFUSED.matcher(sql.sql()).matches()) {
                report.accept(flag(Severity.ERROR, "PostgreSQL refuses this statement inside a transaction block,"
                        + " and the revision runs in one, so the upgrade fails here", "op.createIndex(name, table,"
                        + " i -> i.column(...).concurrently()) or op.dropIndexConcurrently(...), which Loquent runs"
                        + " outside the transaction; or wrap the statement in op.autocommitBlock(() -> op.execute(...))"));
            }
        }
    }
}
