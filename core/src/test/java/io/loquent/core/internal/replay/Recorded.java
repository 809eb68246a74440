package io.loquent.core.internal.replay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.Op;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Schema;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;

/** DSL calls recorded as a script records them, and replayed from a schema, for the interpreter's tests. */
final class Recorded {
    static final String REVISION = "3f2a";

    private Recorded() {
    }

    static List<Operation> operations(Consumer<Op> script) {
        List<Operation> operations = new ArrayList<>();
        script.accept(new OperationRecorder(operations::add, NamingConvention.defaults(IdentifierLimit.NONE)));
        return operations;
    }

    /** {@code start} after what {@code script} records, at revision {@link #REVISION}. */
    static Schema replay(Schema start, Consumer<Op> script) {
        Schema schema = start;
        for (Operation op : operations(script)) {
            schema = Interpreter.apply(schema, op, REVISION);
        }
        return schema;
    }

    static Schema replay(Consumer<Op> script) {
        return replay(Schema.EMPTY, script);
    }

    /** Asserts that {@code script} is refused on {@code start} with exactly {@code message}. */
    static AbstractThrowableAssert<?, ? extends Throwable> refused(Schema start, Consumer<Op> script, String message) {
        return assertThatThrownBy(() -> replay(start, script)).isInstanceOf(ReplayException.class).hasMessage(message);
    }
}
