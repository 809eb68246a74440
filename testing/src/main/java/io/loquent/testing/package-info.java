/**
 * Where Loquent's database tests get their databases, decided in one place. Register
 * {@link io.loquent.testing.TestDatabaseExtension} in a test class to get a {@link io.loquent.testing.TestDatabase}
 * of its own: a MySQL database or PostgreSQL schema with a random name, dropped after the class.
 *
 * <p>The server comes from {@code LOQUENT_TEST_POSTGRES_URL} or {@code LOQUENT_TEST_MYSQL_URL} (JDBC URLs with
 * credentials) when set; otherwise from Docker, as one Testcontainers container per JVM (PostgreSQL 16, MySQL 8.4);
 * otherwise the tests are skipped with a loud message, or fail when {@code LOQUENT_TEST_REQUIRE_DATABASES=true}.
 * The test module brings the JDBC driver. {@link io.loquent.testing.SeedTable} is the README's {@code users} table.
 *
 * <p>Test support only: this module is not published in the BOM and its API may change in any release.
 */
package io.loquent.testing;
