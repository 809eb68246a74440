package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL of the index spec on MySQL and MariaDB: prefix lengths, functional key parts (offline, written for
 * MySQL 8.0.13+), ALGORITHM=INPLACE LOCK=NONE for concurrently; WHERE, a method and INCLUDE refused.
 */
class MySqlIndexSqlTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static CreateIndex index(Index index) {
        return new CreateIndex("t", index, false);
    }

    @Test
    void prefixLengthsExpressionsAndAnOnlineBuild() {
        assertThat(render(new CreateIndex("t", new Index("ix", List.of(IndexKey.prefix("name", 10),
                IndexKey.expression("lower(email)")), true, null), true))).containsExactly("CREATE UNIQUE INDEX `ix`"
                + " ON `t` (`name`(10), (lower(email))) ALGORITHM=INPLACE LOCK=NONE");
        assertThat(render(DropIndex.concurrently("ix", "t")))
                .containsExactly("ALTER TABLE `t` DROP INDEX `ix`, ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(render(new DropIndex("ix", "t"))).containsExactly("DROP INDEX `ix` ON `t`");
        assertThat(render(new BatchAlterTable("t", BatchAlterTable.Recreate.AUTO, List.of(index(new Index("ix",
                List.of(IndexKey.prefix("name", 4)), false, null)))))).containsExactly("ALTER TABLE `t` ADD INDEX `ix`"
                + " (`name`(4))");
        assertThat(dialect.runsOutsideTransaction(new CreateIndex("t", Index.on("ix", false, "a"), true)))
                .as("MySQL DDL commits as it goes anyway").isFalse();
    }

    @Test
    void whatMySqlIndexesCannotSayIsRefused() {
        assertThatThrownBy(() -> render(index(new Index("ix", List.of(IndexKey.of("a")), false, "a > 0"))))
                .isInstanceOf(NotSupportedException.class).hasMessage("mysql cannot create index ix on t: the database"
                        + " has no WHERE condition (partial index) in an index; index all rows, or keep the rows apart"
                        + " in a table of their own");
        assertThatThrownBy(() -> render(index(new Index("ix", List.of(IndexKey.of("a")), false, null, "hash", null))))
                .hasMessage("mysql cannot create index ix on t: the database has no USING hash in an index; InnoDB"
                        + " builds B-tree indexes only (it takes USING HASH as BTREE); leave out using(...)");
        assertThatThrownBy(() -> render(index(new Index("ix", List.of(IndexKey.of("a")), false, null, null,
                List.of("b"))))).hasMessage("mysql cannot create index ix on t: the database has no INCLUDE columns"
                + " in an index; make them keys after the others (i.column(...))");
    }
}
