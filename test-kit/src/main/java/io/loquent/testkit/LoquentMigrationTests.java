package io.loquent.testkit;

import io.loquent.core.Loquent;
import org.junit.jupiter.api.Test;

/**
 * pytest-alembic's built-in tests for JUnit 5: extend it, return the {@link Loquent} of a database at base from
 * {@link #loquent()}, and each {@code @Test} below runs one of {@link MigrationTests}' assertions. A project with JPA
 * entities extends {@link LoquentModelMigrationTests}, which adds the check that the entities match the migrations.
 *
 * <p>{@code loquent()} is called once per test, and each test starts from base: give each test a
 * database of its own (a SQLite file in a {@code @TempDir}, a new schema or container database), or downgrade a
 * shared one to base in an {@code @AfterEach}. The tests are public so that a subclass can override one to
 * {@code @Disabled} it, as pytest-alembic lets a project leave a built-in test out.
 */
public abstract class LoquentMigrationTests {
    /** The Loquent of a database at base, for one test. */
    protected abstract Loquent loquent();

    @Test
    public void revisionsHaveASingleHead() {
        MigrationTests.assertSingleHead(loquent());
    }

    @Test
    public void upgradeFromBaseToHeadSucceeds() {
        MigrationTests.assertUpgradeToHead(loquent());
    }

    @Test
    public void eachRevisionGoesUpDownAndUpAgain() {
        MigrationTests.assertStairway(loquent());
    }

    @Test
    public void downgradeToBaseLeavesNothingButLoquentsOwnTables() {
        MigrationTests.assertDowngradeToBaseLeavesNothing(loquent());
    }
}
