/**
 * Ready tests for an application's migrations, in the spirit of pytest-alembic: {@link io.loquent.testkit.MigrationTests}
 * holds the assertions (a single head, upgrade to head, the stairway, downgrade to base leaving nothing, the entity
 * model matching the migrations) and the seeding of rows at a revision for testing a data migration;
 * {@link io.loquent.testkit.LoquentMigrationTests} is a JUnit 5 class whose subclass supplies a {@code Loquent} and
 * inherits one {@code @Test} per assertion ({@link io.loquent.testkit.LoquentModelMigrationTests} adds the entity
 * model's). Every failure is an {@link AssertionError} whose message names the
 * revision, its file, the direction and the database's own message.
 */
package io.loquent.testkit;
