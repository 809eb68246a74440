package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.Loquent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How core's comparisons read the expressions MariaDB writes back: its own names for functions, no casts. */
class MySqlCatalogueComparisonTest {
    private static Schema withDefault(DefaultValue value) {
        return new Schema(List.of(Table.of("t", List.of(new Column("v", new ColumnType(ColumnType.Kind.STRING, 20,
                null, null), true, false, value, null)))));
    }

    private static boolean same(DefaultValue model, DefaultValue database) {
        return Loquent.configure().dialect("mysql").scriptClasses().load()
                .compare(withDefault(model), withDefault(database)).isEmpty();
    }

    @Test
    void anExpressionDefaultRewrittenByTheServerIsStillTheSame() {
        assertThat(same(new DefaultValue.Sql("lower('X')"), new DefaultValue.Sql("lcase('X')"))).isTrue();
        assertThat(same(new DefaultValue.Sql("lower('X')"), new DefaultValue.Sql("lower('X'::text)")))
                .as("a cast is PostgreSQL's rewriting, not MariaDB's").isFalse();
    }
}
