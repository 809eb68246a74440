package io.loquent.testkit;

import org.junit.jupiter.api.Test;

/**
 * {@link LoquentMigrationTests} and the check that the JPA entities match what the migrations build (pytest-alembic's
 * {@code test_model_definitions_match_ddl}): for a project whose configuration names its entity model
 * ({@code models}, {@code modelsPackage} or {@code persistenceUnit}, with {@code loquent-jpa} on the class path). A
 * configuration without one fails the check, saying what to set.
 */
public abstract class LoquentModelMigrationTests extends LoquentMigrationTests {
    @Test
    public void entityModelMatchesTheMigrations() {
        MigrationTests.assertModelsMatch(loquent());
    }
}
