package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.dialect.Dialect;
import java.util.Map;
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
    private final Map<String, String> allowedLint;

    /**
     * @param dialect     asked only when the script runs, so that listing revisions needs no database
     * @param allowedLint the lint rules its {@code -- loquent:allow_lint} lines allow, with their reasons
     */
    SqlScript(String upgrade, String downgrade, Supplier<Dialect> dialect, Map<String, String> allowedLint) {
        this.upgrade = upgrade;
        this.downgrade = downgrade;
        this.dialect = dialect;
        this.allowedLint = Map.copyOf(allowedLint);
    }

    /** The lint rules this revision allows, with the reason for each. */
    public Map<String, String> allowedLint() {
        return allowedLint;
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
