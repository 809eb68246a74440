package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.schema.Sequence;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** SQLite has no sequences: both operations are refused, online and offline, with what to use instead. */
class SqliteSequenceTest {
    private static final String ADVICE = "SQLite has no sequences. Let an INTEGER PRIMARY KEY column number the rows"
            + " (JPA GenerationType.IDENTITY), or keep the counter in a table (GenerationType.TABLE)";
    private final SqliteDialect dialect = new SqliteDialect();

    @Test
    void sequencesAreRefusedWithWhatToUseInstead() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (RenderContext context : new RenderContext[] {RenderContext.offline(), RenderContext.online(connection)}) {
                assertThatThrownBy(() -> dialect.render(new CreateSequence(new Sequence("order_seq", 1, 50)), context))
                        .isInstanceOf(NotSupportedException.class)
                        .hasMessage("sqlite cannot create sequence order_seq: " + ADVICE);
                assertThatThrownBy(() -> dialect.render(new DropSequence("order_seq"), context))
                        .isInstanceOf(NotSupportedException.class)
                        .hasMessage("sqlite cannot drop sequence order_seq: " + ADVICE);
            }
        }
    }
}
