package io.loquent.jpa;

import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The UUID key contract on MySQL or MariaDB, where EclipseLink binds a UUID as its 16 bytes: the column is
 * {@code BINARY(16)}, and the bytes are the UUID's in order, as {@code HEX(id)} shows them.
 */
class UuidKeyMySqlIT extends UuidKeyContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    String url() {
        return DB.database().url();
    }

    @Override
    String database() {
        return url().startsWith("jdbc:mariadb:") ? "mariadb" : "mysql";
    }

    @Override
    String uuidType() {
        return "binary(16)";
    }

    @Override
    String idColumnType() throws SQLException {
        List<String> types = rows("SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'tokens' AND COLUMN_NAME = 'id'");
        return String.join(",", types);
    }

    @Override
    String expectedIdColumnType() {
        return "binary(16)";
    }

    @Override
    String storedIdText() {
        return "LOWER(HEX(id))";
    }

    @Override
    String storedIdText(UUID id) {
        return id.toString().replace("-", "");
    }
}
