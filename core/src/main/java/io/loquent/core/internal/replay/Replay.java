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

    /**
     * The schemas ({@code app} of {@code app.items}) that the tables after {@code plan} live in, and the tables their
     * foreign keys reference: what reflection must read besides the default schema to see the history's tables, as
     * {@code Engine.schemasOf} finds them in {@link #of}'s schema (a dropped foreign key's reference still counts,
     * which at worst reads one schema more). Follows only the tables' names and references:
     * building the schema model at every step would cost each run that records a snapshot time that grows with the
     * square of the history (issue #13: 0.3-0.7 s and 150 MB at 1,000 revisions).
     */
    public java.util.Set<String> schemas(Plan plan) {
        List<Operation> operations = new ArrayList<>();
        for (Step step : plan.steps()) {
            operations.addAll(recorded(step));
        }
        return schemas(operations);
    }

    /** As {@link #schemas(Plan)}, of operations in the order they run. */
    static java.util.Set<String> schemas(List<Operation> operations) {
        java.util.Map<String, java.util.Set<String>> references = new java.util.HashMap<>(); // table -> referenced
        operations.forEach(op -> follow(op, references));
        java.util.Set<String> schemas = new java.util.TreeSet<>();
        references.forEach((table, referenced) -> {
            add(table, schemas);
            referenced.forEach(r -> add(r, schemas));
        });
        return schemas;
    }

    private static void follow(Operation op, java.util.Map<String, java.util.Set<String>> references) {
        if (op instanceof io.loquent.api.operation.CreateTable create) {
            java.util.Set<String> referenced = references.computeIfAbsent(create.table(), t -> new java.util.HashSet<>());
            create.constraints().forEach(c -> referenced(c, referenced));
        } else if (op instanceof io.loquent.api.operation.DropTable drop) {
            references.remove(drop.table());
        } else if (op instanceof io.loquent.api.operation.RenameTable rename) {
            java.util.Set<String> referenced = references.remove(rename.table());
            references.put(rename.renamedTable(), referenced == null ? new java.util.HashSet<>() : referenced);
        } else if (op instanceof io.loquent.api.operation.AddConstraint add) {
            referenced(add.constraint(), references.computeIfAbsent(add.table(), t -> new java.util.HashSet<>()));
        } else if (op instanceof io.loquent.api.operation.BatchAlterTable batch) {
            batch.operations().forEach(o -> follow(o, references));
        }
    }

    private static void referenced(io.loquent.api.schema.TableConstraint constraint, java.util.Set<String> into) {
        if (constraint instanceof io.loquent.api.schema.TableConstraint.ForeignKey fk) {
            into.add(fk.referencedTable());
        }
    }

    private static void add(String table, java.util.Set<String> schemas) {
        String schema = io.loquent.api.schema.TableName.schemaOf(table);
        if (schema != null) {
            schemas.add(schema);
        }
    }

    /** The operations {@code step}'s script records in its direction. */
    public List<Operation> recorded(Step step) {
        return recorded(step, new java.util.HashSet<>());
    }

    /**
     * As {@link #recorded(Step)}, also putting into {@code outside} the operations the script runs in an
     * {@code op.autocommitBlock}, outside the revision's transaction.
     */
    public List<Operation> recorded(Step step, java.util.Set<Operation> outside) {
        List<Operation> operations = new ArrayList<>();
        java.util.function.Consumer<Runnable> block = body -> {
            int from = operations.size();
            body.run();
            outside.addAll(operations.subList(from, operations.size()));
        };
        MigrationScript script = step.revision().newScript();
        // The replay has no database: a read returns no row and a write changes none, and both stand in the history
        // as raw SQL, which the model cannot follow (the rows read may steer what the script does next), so a later
        // caller says so instead of guessing.
        DataAccess data = DataAccess.recordingOnly((kind, sql, params) -> operations.add(new ExecuteSql(sql)),
                "while Loquent replays the history to know the schema");
        OperationRecorder op = new OperationRecorder(operations::add, naming, block, data);
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
