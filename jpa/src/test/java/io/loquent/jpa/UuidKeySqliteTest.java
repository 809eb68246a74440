package io.loquent.jpa;

import java.sql.SQLException;

/** The UUID key contract on SQLite, where {@link SqlitePlatform} binds a UUID as the text Loquent declares. */
class UuidKeySqliteTest extends UuidKeyContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("tokens.db");
    }

    @Override
    String database() {
        return "sqlite";
    }

    @Override
    String idColumnType() throws SQLException {
        return String.join(",", rows("SELECT type FROM pragma_table_info('tokens') WHERE name = 'id'"));
    }

    @Override
    String expectedIdColumnType() {
        return "VARCHAR(36)";
    }

    @Override
    String storedIdText() {
        return "id";
    }
}
