package io.loquent.testing;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a {@link TestDatabase} of its own on the server that the environment or Docker provides:
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();
 * }</pre>
 * then {@code DB.database()}, or a {@code TestDatabase} parameter of a {@code @BeforeEach} or test method. The
 * database is created before the class and dropped after it (a {@code @Nested} class shares its outer class's).
 * Without a server each test is skipped after a loud message, or the class fails when
 * {@code LOQUENT_TEST_REQUIRE_DATABASES=true}.
 */
public final class TestDatabaseExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        ParameterResolver {
    private final Engine engine;
    private TestDatabase database;
    private String owner;

    private TestDatabaseExtension(Engine engine) {
        this.engine = engine;
    }

    /** A schema of its own on PostgreSQL ({@code LOQUENT_TEST_POSTGRES_URL}, else PostgreSQL 16 in Docker). */
    public static TestDatabaseExtension postgres() {
        return new TestDatabaseExtension(Engine.POSTGRES);
    }

    /** A database of its own on MySQL or MariaDB ({@code LOQUENT_TEST_MYSQL_URL}, else MySQL 8.4 in Docker). */
    public static TestDatabaseExtension mysql() {
        return new TestDatabaseExtension(Engine.MYSQL);
    }

    /** The class's database; skips the calling test when there is no server. */
    public TestDatabase database() {
        if (owner == null) {
            throw new IllegalStateException("TestDatabaseExtension has no database outside a test class: register it"
                    + " with @RegisterExtension on a static field, so that it runs before the class.");
        }
        Assumptions.assumeTrue(database != null, () -> engine.variable() + " is not set and Docker is not available:"
                + " skipped");
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner != null) {
            return;
        }
        owner = context.getUniqueId();
        Optional<String> server = Servers.url(engine);
        if (server.isPresent()) {
            database = TestDatabase.create(engine, server.get());
        }
    }

    /** Skips each test, so that each is reported as skipped, when there is no server. */
    @Override
    public void beforeEach(ExtensionContext context) {
        database();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!context.getUniqueId().equals(owner)) {
            return;
        }
        TestDatabase created = database;
        database = null;
        owner = null;
        if (created != null) {
            created.drop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database();
    }
}
