package io.loquent.core.internal.diff;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.Operation;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.script.RevisionBody;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes changes as the source of a revision's methods, in the public DSL and as a person would write it, so that
 * running the revision records exactly the changes' operations. {@code upgrade} runs the changes in order;
 * {@code downgrade} runs them in reverse order, each change's own downgrade operations in their order. Each change
 * starts with its summary as a comment, and its note, if any, as a {@code NOTE:} comment; a change without
 * operations in one direction is left out of that method.
 *
 * <p>Names are left to the naming convention where it gives the recorded name ({@code string(255).unique()}) and
 * written out where it does not, so the writer must be given the convention the revision will run under.
 */
public final class DslWriter {
    private final ConventionNames names;

    public DslWriter(NamingConvention naming) {
        this.names = new ConventionNames(naming);
    }

    /**
     * The revision body for {@code changes}.
     *
     * @throws DefinitionException when an operation has no DSL form that records it exactly; the message names the
     *                             operation and the field
     */
    public RevisionBody write(List<Change> changes) {
        List<Change> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);
        Body upgrade = body(changes, Change::upgrade, Body.METHOD);
        Body downgrade = body(reversed, Change::downgrade, Body.METHOD);
        Set<String> imports = new TreeSet<>(upgrade.imports());
        imports.addAll(downgrade.imports());
        return new RevisionBody(upgrade.text(), downgrade.text(), List.copyOf(imports));
    }

    /** The upgrade statements of {@code changes} on their own, not indented, as {@code loquent schema} prints them. */
    public String statements(List<Change> changes) {
        return body(changes, Change::upgrade, "").text();
    }

    private Body body(List<Change> changes, Function<Change, List<Operation>> direction, String indent) {
        Body body = new Body(indent);
        for (Change change : changes) {
            List<Operation> operations = direction.apply(change);
            if (operations.isEmpty()) {
                continue;
            }
            if (!body.isEmpty()) {
                body.blankLine();
            }
            comment(body, "", change.summary());
            comment(body, "NOTE: ", change.note());
            OperationSource source = new OperationSource(body, names);
            for (Operation operation : operations) {
                try {
                    operation.accept(source);
                } catch (DefinitionException e) {
                    throw new DefinitionException("cannot write '" + operation.describe() + "' in a revision: "
                            + e.getMessage());
                }
            }
        }
        return body;
    }

    private static void comment(Body body, String prefix, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> lines = CommentText.lines(text);
        body.line(0, ("// " + prefix + lines.get(0)).stripTrailing());
        lines.subList(1, lines.size()).forEach(line -> body.line(0, ("// " + line).stripTrailing()));
    }
}
