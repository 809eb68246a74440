package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.LaravelTables;
import io.loquent.testing.SeedTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden SQL for table-level operations, types, quoting and literals. */
class MySqlDialectTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/db", "jdbc:mariadb://localhost/db"})
    void isFoundByServiceLoaderForMySqlAndMariaDbUrls(String url) {
        assertThat(ServiceLoader.load(Dialect.class).stream().map(ServiceLoader.Provider::get)
                .filter(d -> d.acceptsUrl(url))).singleElement().isInstanceOf(MySqlDialect.class);
        assertThat(dialect.acceptsUrl("jdbc:postgresql://localhost/db")).isFalse();
        assertThat(dialect.name()).isEqualTo("mysql");
    }

    @Test
    void namesAndTypesReadBackAsWritten() {
        assertThat(dialect.unquotedName("Author")).isEqualTo("Author");
        for (ColumnType type : List.of(ColumnType.of(Kind.UUID), ColumnType.of(Kind.JSON), ColumnType.of(Kind.BOOLEAN),
                new ColumnType(Kind.STRING, 36, null, null))) {
            assertThat(dialect.reflectedType(type)).isEqualTo(type);
        }
    }

    @Test
    void hasNoTransactionalDdl() {
        assertThat(dialect.transactionalDdl()).isFalse();
        assertThat(dialect.beginTransaction()).isNull();
        assertThat(dialect.commitTransaction()).isNull();
        assertThat(dialect.maxIdentifierLength()).isEqualTo(io.loquent.api.dialect.IdentifierLimit.characters(64));
    }

    @Test
    void seedTableUsesAutoIncrementTinyintAndDatetime() {
        assertThat(render(SeedTable.CREATE)).containsExactly("""
                CREATE TABLE `users` (
                    `id` INT NOT NULL AUTO_INCREMENT,
                    `name` VARCHAR(100) NOT NULL,
                    `email` VARCHAR(255),
                    `password` VARCHAR(255),
                    `is_active` TINYINT(1) DEFAULT 1,
                    `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    CONSTRAINT `pk_users` PRIMARY KEY (`id`) COMMENT 'pk_users',
                    CONSTRAINT `uq_users_email` UNIQUE (`email`)
                )""");
        assertThat(render(SeedTable.INDEX)).containsExactly(
                "CREATE INDEX `idx_users_email` ON "
                + "`users` (`email`)");
        assertThat(render(SeedTable.DROP)).containsExactly("DROP TABLE `users`");
    }

    @ParameterizedTest
    @CsvSource({"INTEGER,INT", "BIG_INTEGER,BIGINT", "SMALL_INTEGER,SMALLINT", "TEXT,LONGTEXT",
            "BOOLEAN,TINYINT(1)", "DOUBLE,DOUBLE", "DATE,DATE", "TIME,TIME", "TIMESTAMP,DATETIME",
            "BINARY,LONGBLOB", "UUID,CHAR(36)", "JSON,JSON"})
    void mapsEachPortableKind(Kind kind, String sql) {
        assertThat(dialect.typeSql(ColumnType.of(kind))).isEqualTo(sql);
    }

    @Test
    void mapsParameterisedKinds() {
        assertThat(dialect.typeSql(SeedTable.string(40))).isEqualTo("VARCHAR(40)");
        assertThat(dialect.typeSql(new ColumnType(Kind.DECIMAL, null, 10, 2))).isEqualTo("DECIMAL(10, 2)");
        assertThat(dialect.typeSql(new ColumnType(Kind.BINARY, 16, null, null))).isEqualTo("BINARY(16)");
    }

    @Test
    void rendersEachKindOfDefault() {
        CreateTable op = new CreateTable("t", List.of(
                new Column("flag", ColumnType.of(Kind.BOOLEAN), false, false, new DefaultValue.Literal(false), null),
                new Column("label", SeedTable.string(20), true, false, new DefaultValue.Literal("it's \\"), null),
                new Column("body", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal("none"), null),
                new Column("uid", ColumnType.of(Kind.UUID), true, false, new DefaultValue.Sql("uuid()"), null),
                new Column("seen", ColumnType.of(Kind.TIMESTAMP), true, false,
                        new DefaultValue.Sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"), null),
                new Column("at", ColumnType.of(Kind.TIMESTAMP), true, false, new DefaultValue.Sql("now(3)"), null)),
                List.of(), null);
        assertThat(render(op).get(0)).contains("`flag` TINYINT(1) NOT NULL DEFAULT 0",
                "`label` VARCHAR(20) DEFAULT _utf8mb4 X'69742773205C'", "`body` LONGTEXT DEFAULT ('none')",
                "`uid` CHAR(36) DEFAULT (uuid())",
                "`seen` DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP", "`at` DATETIME DEFAULT now(3)");
    }

    @Test
    void commentsAreWrittenInline() {
        CreateTable op = new CreateTable("t", List.of(
                new Column("a", ColumnType.of(Kind.INTEGER), true, false, null, "the 'a'")), List.of(), "a table");
        assertThat(render(op)).containsExactly("CREATE TABLE `t` (\n    `a` INT COMMENT 'the ''a'''\n) COMMENT='a table'");
    }

    @Test
    void addColumnKeepsItsKeyInTheSameStatement() {
        AddColumn op = new AddColumn("t", new Column("id", ColumnType.of(Kind.BIG_INTEGER), false, true, null, "key"),
                List.of(new TableConstraint.PrimaryKey("pk_t", List.of("id"))));
        assertThat(render(op)).containsExactly(
                "ALTER TABLE `t` ADD COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'key',"
                        + " ADD CONSTRAINT `pk_t` PRIMARY KEY (`id`) COMMENT 'pk_t'");
    }

    @Test
    void quotesEveryIdentifierWithBackticks() {
        assertThat(dialect.quote("select")).isEqualTo("`select`");
        assertThat(dialect.quote("first name")).isEqualTo("`first name`");
        assertThat(dialect.quote("a`b")).isEqualTo("`a``b`");
        assertThat(dialect.quote("say \"hi\" 'x'")).isEqualTo("`say \"hi\" 'x'`");
        assertThat(dialect.quote("`; DROP TABLE users; --")).isEqualTo("```; DROP TABLE users; --`");
        assertThat(render(new DropIndex("order", "group"))).containsExactly("DROP INDEX `order` ON `group`");
    }

    @Test
    void escapesQuotesAndBackslashesInLiterals() {
        assertThat(dialect.literal("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(dialect.literal("C:\\temp\\")).isEqualTo("_utf8mb4 X'433A5C74656D705C'");
        assertThat(dialect.literal("a\0b")).isEqualTo("_utf8mb4 X'610062'");
        assertThat(dialect.literal("\u00e9\\")).isEqualTo("_utf8mb4 X'C3A95C'");
        assertThat(dialect.literal(true)).isEqualTo("1");
        assertThat(dialect.literal(false)).isEqualTo("0");
        assertThat(dialect.literal(null)).isEqualTo("NULL");
        assertThat(dialect.literal(new BigDecimal("1.50"))).isEqualTo("1.50");
        assertThat(dialect.literal(LocalDate.of(2024, 1, 31))).isEqualTo("DATE '2024-01-31'");
        assertThat(dialect.literal(LocalDateTime.of(2024, 1, 31, 9, 5, 7))).isEqualTo("TIMESTAMP '2024-01-31 09:05:07'");
        assertThat(dialect.literal(new byte[] {0x0a, (byte) 0xff})).isEqualTo("X'0AFF'");
    }

    @Test
    void bulkInsertWritesMultiRowInsertsWithLiterals() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name", "Ann");
        first.put("is_active", true);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "back\\slash");
        second.put("is_active", null);
        assertThat(render(new BulkInsert("users", List.of(first, second)))).containsExactly(
                "INSERT INTO `users` (`name`, `is_active`) VALUES ('Ann', 1), (_utf8mb4 X'6261636B5C736C617368', NULL)");
    }

    /** The Laravel conveniences' tables (issue #12), as {@link LaravelTables} says the DSL records them. */
    @Test
    void laravelConveniencesRenderAsTheirLongForms() {
        assertThat(dialect.render(LaravelTables.USERS, RenderContext.offline())).containsExactly("""
                CREATE TABLE `users` (
                    `id` BIGINT NOT NULL AUTO_INCREMENT,
                    `remember_token` VARCHAR(100),
                    `deleted_at` DATETIME,
                    CONSTRAINT `pk_users` PRIMARY KEY (`id`) COMMENT 'pk_users'
                )""");
        assertThat(dialect.render(LaravelTables.POSTS, RenderContext.offline())).containsExactly("""
                CREATE TABLE `posts` (
                    `id` BIGINT NOT NULL AUTO_INCREMENT,
                    `user_id` BIGINT NOT NULL,
                    `editor_id` BIGINT,
                    `team_id` CHAR(36),
                    `subject_type` VARCHAR(255),
                    `subject_id` BIGINT,
                    CONSTRAINT `pk_posts` PRIMARY KEY (`id`) COMMENT 'pk_posts',
                    CONSTRAINT `fk_posts_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
                    CONSTRAINT `fk_posts_editor_id_users` FOREIGN KEY (`editor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
                    CONSTRAINT `fk_posts_team_id_teams` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
                )""");
        assertThat(dialect.render(LaravelTables.POSTS_SUBJECT, RenderContext.offline())).containsExactly(
                "CREATE INDEX `ix_posts_subject_type_subject_id` ON "
                + "`posts` (`subject_type`, `subject_id`)");
        assertThat(dialect.render(LaravelTables.COMMENTS, RenderContext.offline())).containsExactly("""
                CREATE TABLE `comments` (
                    `id` VARCHAR(26) NOT NULL,
                    `commentable_type` VARCHAR(255) NOT NULL,
                    `commentable_id` BIGINT NOT NULL,
                    CONSTRAINT `pk_comments` PRIMARY KEY (`id`) COMMENT 'pk_comments'
                )""");
    }
}
