package io.loquent.core.lock;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A third-party dialect as one would write it for a database without advisory locks: SQLite's SQL, under its own
 * name, without SQLite's file lock. {@link Lockless} keeps the SPI's default lock (which refuses), {@link RowLocked}
 * returns the API's {@link io.loquent.api.dialect.TableLock}.
 */
public abstract class ThirdPartySqlite implements Dialect {
    private final SqliteDialect sql = new SqliteDialect();

    /** The default lock(): this dialect cannot lock. */
    public static final class Lockless extends ThirdPartySqlite {
        @Override
        public String name() {
            return "lockless";
        }
    }

    /** A lock row in loquent_lock, beating every 100 ms and stale after 600 ms, so that tests take over quickly. */
    public static final class RowLocked extends ThirdPartySqlite {
        public static final io.loquent.api.dialect.TableLock.Settings QUICK = new io.loquent.api.dialect.TableLock.Settings(
                io.loquent.api.dialect.TableLock.TABLE, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(600));

        @Override
        public String name() {
            return "rowlocked";
        }

        @Override
        public io.loquent.api.dialect.MigrationLock lock(io.loquent.api.dialect.LockRequest request) {
            return io.loquent.api.dialect.TableLock.acquire(this, request, QUICK);
        }
    }

    /** The test class path plus a services file naming both dialects, as their jar would carry it. */
    public static ClassLoader loader(Path dir) throws Exception {
        Path services = dir.resolve("plugin/META-INF/services/io.loquent.api.dialect.Dialect");
        Files.createDirectories(services.getParent());
        Files.writeString(services, Lockless.class.getName() + "\n" + RowLocked.class.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.resolve("plugin").toUri().toURL()},
                ThirdPartySqlite.class.getClassLoader());
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return sql.acceptsUrl(jdbcUrl);
    }

    @Override
    public List<String> render(Operation operation, RenderContext context) {
        return sql.render(operation, context);
    }

    @Override
    public String quote(String identifier) {
        return sql.quote(identifier);
    }

    @Override
    public String literal(Object value) {
        return sql.literal(value);
    }

    @Override
    public boolean transactionalDdl() {
        return sql.transactionalDdl();
    }

    @Override
    public IdentifierLimit maxIdentifierLength() {
        return sql.maxIdentifierLength();
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        sql.bind(statement, index, value);
    }

    @Override
    public RunHooks runHooks(RenderContext context) {
        return sql.runHooks(context);
    }

    @Override
    public Schema reflect(Connection connection, Set<String> exclude) throws SQLException {
        return sql.reflect(connection, exclude);
    }

    @Override
    public ColumnType reflectedType(ColumnType declared, boolean autoIncrement) {
        return sql.reflectedType(declared, autoIncrement);
    }

    @Override
    public boolean keepsComments() {
        return sql.keepsComments();
    }
}
