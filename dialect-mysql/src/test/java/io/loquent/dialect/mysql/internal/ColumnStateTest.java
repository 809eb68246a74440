package io.loquent.dialect.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialect.mysql.MySqlDialect;
import org.junit.jupiter.api.Test;

/** Reading a column back from information_schema as MariaDB and MySQL report it, and restating it. */
class ColumnStateTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private String restate(String type, boolean nullable, String columnDefault, String extra, String comment,
                           String collation, boolean mariaDb) {
        return ColumnState.fromCatalog(type, nullable, columnDefault, extra, comment, collation, mariaDb, dialect)
                .definition(dialect, new CommentText(dialect, io.loquent.api.dialect.RenderContext.offline()));
    }

    @Test
    void mariaDbDefaultsAreAlreadySql() {
        assertThat(restate("varchar(10)", true, "'it''s \\\\ x'", "", "", "utf8mb4_general_ci", true))
                .as("read back to its value and written so that no sql_mode changes it")
                .isEqualTo("varchar(10) COLLATE `utf8mb4_general_ci` DEFAULT _utf8mb4 X'69742773205C2078'");
        assertThat(restate("varchar(10)", true, "'it''s'", "", "", null, true)).isEqualTo("varchar(10) DEFAULT 'it''s'");
        assertThat(restate("int(11)", true, "NULL", "", "", null, true)).isEqualTo("int(11)");
        assertThat(restate("int(11)", true, "-5", "", "", null, true)).isEqualTo("int(11) DEFAULT -5");
        assertThat(restate("char(36)", true, "uuid()", "", "", null, true)).isEqualTo("char(36) DEFAULT (uuid())");
        assertThat(restate("datetime", false, "current_timestamp()", "on update current_timestamp()", "when", null, true))
                .isEqualTo("datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'when'");
    }

    @Test
    void mySqlLiteralDefaultsAreBareValues() {
        assertThat(restate("varchar(10)", true, "it's", "", "", null, false)).isEqualTo("varchar(10) DEFAULT 'it''s'");
        assertThat(restate("int", false, null, "auto_increment", "", null, false)).isEqualTo("int NOT NULL AUTO_INCREMENT");
        assertThat(restate("datetime", false, "CURRENT_TIMESTAMP", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", "",
                null, false)).isEqualTo("datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE current_timestamp");
        assertThat(restate("double", true, "rand()", "DEFAULT_GENERATED", "", null, false))
                .isEqualTo("double DEFAULT (rand())");
    }

    @Test
    void recognisesCurrentTimestampSpellings() {
        assertThat(ColumnState.isCurrentTimestamp("CURRENT_TIMESTAMP")).isTrue();
        assertThat(ColumnState.isCurrentTimestamp("now(6)")).isTrue();
        assertThat(ColumnState.isCurrentTimestamp("current_timestamp() on update current_timestamp()")).isTrue();
        assertThat(ColumnState.isCurrentTimestamp("now() + interval 1 day")).isFalse();
        assertThat(ColumnState.isCurrentTimestamp("CURRENT_DATE")).isFalse();
    }
}
