package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for sequences; {@code PostgresReflectIT} reads them back. */
class PostgresSequenceTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void sequencesAreCreatedAndDroppedWithTheStandardStatements() {
        assertThat(render(new CreateSequence(new Sequence("order_seq", 1, 50))))
                .containsExactly("CREATE SEQUENCE \"order_seq\" START WITH 1 INCREMENT BY 50");
        assertThat(render(new DropSequence("Order \"Seq\"")))
                .containsExactly("DROP SEQUENCE \"Order \"\"Seq\"\"\"");
    }

    @Test
    void aStartOutsideTheDefaultBoundsMovesTheBound() {
        assertThat(render(new CreateSequence(new Sequence("from_zero", 0, 10))))
                .containsExactly("CREATE SEQUENCE \"from_zero\" START WITH 0 INCREMENT BY 10 MINVALUE 0");
        assertThat(render(new CreateSequence(new Sequence("countdown", 100, -5))))
                .containsExactly("CREATE SEQUENCE \"countdown\" START WITH 100 INCREMENT BY -5 MAXVALUE 100");
        assertThat(render(new CreateSequence(new Sequence("down", -1, -1))))
                .containsExactly("CREATE SEQUENCE \"down\" START WITH -1 INCREMENT BY -1");
    }
}
