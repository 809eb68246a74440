package io.loquent.benchmarks;

import io.loquent.api.Op;
import io.loquent.api.MigrationScript;

/** The class behind every generated revision: planning never runs a script, so one empty class serves them all. */
public final class NoOpMigration implements MigrationScript {
    @Override
    public void upgrade(Op op) {
    }

    @Override
    public void downgrade(Op op) {
    }
}
