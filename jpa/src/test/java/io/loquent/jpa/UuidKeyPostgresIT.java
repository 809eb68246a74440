package io.loquent.jpa;

import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UUID key contract on PostgreSQL, whose native {@code uuid} EclipseLink binds as it is. */
class UuidKeyPostgresIT extends UuidKeyContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    String url() {
        return DB.database().url();
    }

    /**
     * EclipseLink 5.0's PostgreSQL platform binds a null UUID as a VARCHAR: an application on PostgreSQL cannot set a
     * UUID attribute to null (without {@code stringtype=unspecified} on the URL). This pins it, so that a release
     * that fixes it shows.
     */
    @Override
    boolean refusesNullUuids() {
        return true;
    }

    @Override
    String database() {
        return "postgresql";
    }

    @Override
    String idColumnType() throws SQLException {
        return String.join(",", rows("SELECT data_type FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = 'tokens' AND column_name = 'id'"));
    }

    @Override
    String expectedIdColumnType() {
        return "uuid";
    }

    @Override
    String storedIdText() {
        return "CAST(id AS TEXT)";
    }
}
