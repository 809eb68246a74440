package io.loquent.core.internal.lint;

import io.loquent.api.operation.Operation;
import io.loquent.core.LintFinding.Severity;
import java.util.function.Consumer;

/**
 * One lint rule: which databases it concerns, and what it finds in an operation where it stands.
 */
interface Rule {
    /** A finding of a rule, before the linter adds the revision and the operation. */
    record Flag(String rule, Severity severity, String why, String instead) {
    }

    /** The rule's id, {@code LQ001}. */
    String id();

    /** Whether the rule concerns {@code database} (a dialect's name). */
    boolean concerns(String database);

    /** Reports what {@code operation} does wrong at {@code site}, if anything. */
    void check(Operation operation, Site site, Consumer<Flag> report);
}
