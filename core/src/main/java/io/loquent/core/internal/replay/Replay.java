package io.loquent.core.internal.replay;

import io.loquent.api.MigrationScript;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Schema;
import io.loquent.core.internal.dsl.DataAccess;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan replayed onto the schema model, without a database: each step's script records its operations (its
 * {@code upgrade()} or, on a downgrade step, its {@code downgrade()}) through the same {@link OperationRecorder} and
 * naming convention as an online run, and the {@link Interpreter} applies them in order.
 */
public final class Replay {
    private final NamingConvention naming;

    /** @param naming the naming convention of the runs being replayed, so constraints get the names they got there */
    public Replay(NamingConvention naming) {
        this(naming, false);
    }

    private final boolean placesColumns;

    /**
     * @param naming        the naming convention of the runs being replayed
     * @param placesColumns whether the database puts an added column where {@code first()}/{@code after(c)} say
     */
    public Replay(NamingConvention naming, boolean placesColumns) {
        this.naming = naming;
        this.placesColumns = placesColumns;
    }

    /** The schema after {@code plan}, starting from {@code start} (the empty schema for a plan from base). */
    public Replayed of(Schema start, Plan plan) {
        Schema schema = start;
        List<RawSql> rawSql = new ArrayList<>();
        for (Step step : plan.steps()) {
            List<Operation> operations = recorded(step);
            for (int i = 0; i < operations.size(); i++) {
                Operation op = operations.get(i);
                if (op instanceof ExecuteSql sql) {
                    rawSql.add(new RawSql(step.id(), step.upgrade(), i + 1, sql.sql()));
                }
                schema = Interpreter.apply(schema, op, step.id(), placesColumns);
            }
        }
        return new Replayed(schema, rawSql);
    }

    /** The operations {@code step}'s script records in its direction. */
    public List<Operation> recorded(Step step) {
        List<Operation> operations = new ArrayList<>();
        MigrationScript script = step.revision().newScript();
        // The replay has no database: a read returns no row and a write changes none, and both stand in the history
        // as raw SQL, which the model cannot follow (the rows read may steer what the script does next), so a later
        // caller says so instead of guessing.
        DataAccess data = DataAccess.recordingOnly((kind, sql, params) -> operations.add(new ExecuteSql(sql)),
                "while Loquent replays the history to know the schema");
        OperationRecorder op = new OperationRecorder(operations::add, naming, Runnable::run, data);
        try {
            op.play(script, step.upgrade());
        } catch (RuntimeException e) { // an irreversible downgrade throws; the online run would fail the same way
            String direction = step.upgrade() ? "upgrade" : "downgrade";
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
            int n = operations.size();
            throw new ReplayException(direction, step.id(), "the script threw " + why + " after recording " + n
                    + (n == 1 ? " operation" : " operations"), null, e);
        }
        return operations;
    }
}
