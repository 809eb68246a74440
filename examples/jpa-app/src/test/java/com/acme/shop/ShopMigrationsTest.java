package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Loquent;
import io.loquent.testkit.LoquentModelMigrationTests;
import io.loquent.testkit.MigrationTests;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's migrations, checked by the test kit: a single head, upgrade to head, the stairway, downgrade to base,
 * and the entities matching what the migrations build; and the data migration of s2 on rows seeded at s1.
 */
class ShopMigrationsTest extends LoquentModelMigrationTests {
    @TempDir
    Path dir;

    @Override
    protected Loquent loquent() {
        return Loquent.configure()
                .url("jdbc:sqlite:" + dir.resolve("test.db"))
                .scriptsPackage("com.acme.shop.migrations")
                .models(Customer.class, Order.class)
                .load();
    }

    /** The example's own migrations lint clean: s2's backfill beside its new column is allowed, with the reason. */
    @Test
    void theMigrationsLintCleanWithTheirAllowanceListed() {
        assertThat(loquent().lintOffline("heads")).noneMatch(io.loquent.core.LintFinding::fails)
                .extracting(io.loquent.core.LintFinding::rule, io.loquent.core.LintFinding::allowed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LQ003",
                        "the shop has a few hundred customers: the backfill takes milliseconds"));
    }

    @Test
    void s2GivesEveryExistingCustomerAnAddress() {
        var rows = MigrationTests.seedAt(loquent(), "s1", "customers", Map.of("id", 1, "name", "Ada Lovelace"))
                .upgrade("s2")
                .rows("SELECT email FROM customers");
        assertThat(rows).containsExactly(Map.of("email", "ada.lovelace@example.com"));
    }
}
