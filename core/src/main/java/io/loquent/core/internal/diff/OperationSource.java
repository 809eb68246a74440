package io.loquent.core.internal.diff;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.OperationVisitor;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.TableConstraint;
import java.util.Optional;

/** Writes each operation as the DSL statement that records it, into one method body. */
final class OperationSource implements OperationVisitor<Void> {
    private final Body body;
    private final ConventionNames names;

    OperationSource(Body body, ConventionNames names) {
        this.body = body;
        this.names = names;
    }

    private Void call(String method, String... arguments) {
        body.line(0, "op." + method + "(" + String.join(", ", arguments) + ");");
        return null;
    }

    private static String s(String text) {
        return Literals.string(text);
    }

    @Override
    public Void createTable(CreateTable op) {
        new TableSource(op, names).write(body);
        return null;
    }

    @Override
    public Void dropTable(DropTable op) {
        return call(op.ifExists() ? "dropTableIfExists" : "dropTable", s(op.table()));
    }

    @Override
    public Void createSequence(CreateSequence op) {
        Sequence sequence = op.sequence();
        return sequence.start() == 1 && sequence.increment() == 1 ? call("createSequence", s(sequence.name()))
                : call("createSequence", s(sequence.name()), number(sequence.start()), number(sequence.increment()));
    }

    @Override
    public Void dropSequence(DropSequence op) {
        return call(op.ifExists() ? "dropSequenceIfExists" : "dropSequence", s(op.name()));
    }

    @Override
    public Void createView(CreateView op) {
        return call(op.replace() ? "createOrReplaceView" : "createView", s(op.view().name()),
                s(op.view().definition()));
    }

    @Override
    public Void dropView(DropView op) {
        return call(op.ifExists() ? "dropViewIfExists" : "dropView", s(op.name()));
    }

    @Override
    public Void setTableComment(SetTableComment op) {
        return call("setTableComment", s(op.table()), op.comment() == null ? "null" : s(op.comment()));
    }

    /** A long as Java source: an int literal where it fits, so that it reads as a person writes it. */
    private static String number(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }

    @Override
    public Void renameTable(RenameTable op) {
        return call("renameTable", s(op.table()), s(op.newName()));
    }

    @Override
    public Void addColumn(AddColumn op) {
        return call("addColumn", s(op.table()), s(op.column().name()),
                SpecSource.spec(op.column(), SpecSource.Form.ofAddedColumn(op, names), body)
                        + SpecSource.positionCall(op.position()));
    }

    @Override
    public Void dropColumn(DropColumn op) {
        return call("dropColumn", s(op.table()), s(op.column()));
    }

    @Override
    public Void renameColumn(RenameColumn op) {
        return call("renameColumn", s(op.table()), s(op.column()), s(op.newName()));
    }

    @Override
    public Void alterColumn(AlterColumn op) {
        StringBuilder change = new StringBuilder("c -> c");
        if (op.newType() != null) {
            change.append(".type(").append(SpecSource.type(op.newType(), op.column())).append(')');
        }
        if (op.nullable() != null) {
            change.append(".nullable(").append(op.nullable()).append(')');
        }
        if (op.defaultChange() != null) {
            change.append('.').append(op.defaultChange().newDefault().map(d -> SpecSource.defaultCall(d, body))
                    .orElse("serverDefault(null)"));
        }
        if (op.newName() != null) {
            change.append(".newName(").append(s(op.newName())).append(')');
        }
        if (op.comment() != null) {
            change.append(".comment(").append(s(op.comment())).append(')');
        }
        if (op.existingType() != null) {
            change.append(".existingType(").append(SpecSource.type(op.existingType(), op.column())).append(')');
        }
        if (op.existingNullable() != null) {
            change.append(".existingNullable(").append(op.existingNullable()).append(')');
        }
        return call("alterColumn", s(op.table()), s(op.column()), change.toString());
    }

    @Override
    public Void createIndex(CreateIndex op) {
        body.line(0, IndexSource.call(op) + ";");
        return null;
    }

    @Override
    public Void dropIndex(DropIndex op) {
        return call(op.concurrently() ? "dropIndexConcurrently" : op.ifExists() ? "dropIndexIfExists" : "dropIndex",
                s(op.name()), s(op.table()));
    }

    @Override
    public Void addConstraint(AddConstraint op) {
        String table = s(op.table());
        TableConstraint c = op.constraint();
        if (c instanceof TableConstraint.PrimaryKey pk) {
            return call("createPrimaryKey", s(pk.name()), table, Literals.strings(pk.columns()));
        }
        if (c instanceof TableConstraint.Unique u) {
            return u.deferral() == null ? call("createUniqueConstraint", s(u.name()), table, Literals.strings(u.columns()))
                    : call("createUniqueConstraint", s(u.name()), table, Literals.deferral(u.deferral(), body),
                    Literals.strings(u.columns()));
        }
        if (c instanceof TableConstraint.ForeignKey k) {
            return call("createForeignKey", ForeignKeySource.operationArguments(op.table(), k, body));
        }
        TableConstraint.Check check = (TableConstraint.Check) c;
        Optional<String> argument = names.checkArgument(op.table(), check);
        return argument.isPresent() ? call("createCheckConstraint", s(argument.get()), table, s(check.condition()))
                : call("createCheckConstraintNamed", s(check.name()), table, s(check.condition()));
    }

    @Override
    public Void dropConstraint(DropConstraint op) {
        if (op.kind() == null) {
            return call("dropConstraint", s(op.name()), s(op.table()));
        }
        return call("dropConstraint", s(op.name()), s(op.table()),
                body.use("io.loquent.api.schema.TableConstraint") + ".Kind." + op.kind().name());
    }

    @Override
    public Void executeSql(ExecuteSql op) {
        return call("execute", s(op.sql()));
    }

    @Override
    public Void bulkInsert(BulkInsert op) {
        new RowsSource(body).write(op);
        return null;
    }

    @Override
    public Void batchAlterTable(BatchAlterTable op) {
        throw new DefinitionException("a batch is not written by autogenerate. Give its operations one by one");
    }
}
