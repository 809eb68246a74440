package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.dialect.Dialect;
import java.util.function.Supplier;

/**
 * The script of a {@code .sql} revision: each direction's section, split into statements by the dialect it runs with
 * ({@link Dialect#splitStatements}), becomes one {@code op.execute} per statement. So online runs, {@code --sql},
 * {@code --dry-run}, the lock and failure reports treat it as they treat raw SQL in a Java revision, and a failure
 * names the one statement that failed.
 */
public final class SqlScript implements MigrationScript {
    private final String upgrade;
    private final String downgrade;
    private final Supplier<Dialect> dialect;

    /** @param dialect asked only when the script runs, so that listing revisions needs no database */
    SqlScript(String upgrade, String downgrade, Supplier<Dialect> dialect) {
        this.upgrade = upgrade;
        this.downgrade = downgrade;
        this.dialect = dialect;
    }

    @Override
    public void upgrade(Op op) {
        run(upgrade, op);
    }

    @Override
    public void downgrade(Op op) {
        run(downgrade, op);
    }

    private void run(String section, Op op) {
        dialect.get().splitStatements(section).forEach(op::execute);
    }
}
