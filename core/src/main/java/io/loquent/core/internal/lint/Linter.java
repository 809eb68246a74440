package io.loquent.core.internal.lint;

import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Schema;
import io.loquent.core.LintFinding;
import io.loquent.core.LintSettings;
import io.loquent.core.internal.graph.Plan;
import io.loquent.core.internal.graph.Step;
import io.loquent.core.internal.replay.Interpreter;
import io.loquent.core.internal.replay.Replay;
import io.loquent.core.internal.replay.ReplayException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the rules over a plan's revisions: each operation, as its script records it, is checked against the schema
 * the history has built just before it, then applied to that schema for the next. A revision whose operations the
 * replay cannot follow (after raw SQL that changed a table the model knows nothing of) is linted as far as it goes.
 */
public final class Linter {
    private final String database;
    private final Replay replay;
    private final Function<String, OptionalLong> rows;
    private final LintSettings settings;
    private final java.util.OptionalInt serverVersion;
    private final List<Rule> rules;

    /**
     * @param database the dialect's name, which decides the rules that apply
     * @param rows     how many rows a table holds now (online), or always empty (offline)
     * @param settings from how many rows a table counts as large, and the rules disabled in the project
     */
    public Linter(String database, Replay replay, Function<String, OptionalLong> rows, LintSettings settings) {
        this(database, replay, rows, settings, java.util.OptionalInt.empty());
    }

    /** As the other constructor, for a server of major version {@code serverVersion} (rules that depend on it). */
    public Linter(String database, Replay replay, Function<String, OptionalLong> rows, LintSettings settings,
                  java.util.OptionalInt serverVersion) {
        this.database = database;
        this.replay = replay;
        this.rows = rows;
        this.settings = settings;
        this.serverVersion = serverVersion;
        this.rules = Rules.all().stream().filter(r -> r.concerns(database)).toList();
    }

    /** The ids of every rule, whatever the database. */
    public static Set<String> ruleIds() {
        Set<String> ids = new java.util.TreeSet<>();
        Rules.all().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** The findings of {@code plan}'s revisions, starting from {@code start}, in the order they run. */
    public List<LintFinding> lint(Schema start, Plan plan) {
        List<LintFinding> findings = new ArrayList<>();
        Schema schema = start;
        for (Step step : plan.steps()) {
            Set<String> created = new HashSet<>();
            Map<String, String> allowed = Allowances.of(step.revision(), ruleIds());
            int n = 0;
            int schemaChanges = 0;
            int dataChanges = 0;
            int strongLocks = 0;
            boolean lockTimeout = false;
            Set<Operation> outside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Operation op : replay.recorded(step, outside)) {
                Site site = new Site(database, schema, Set.copyOf(created), rows, settings.largeTable(), n++,
                        schemaChanges, dataChanges, strongLocks, lockTimeout, serverVersion, outside.contains(op));
                lockTimeout |= LockRules.setsLockTimeout(op);
                String locked = LockRules.strongLock(op);
                strongLocks += locked != null && site.existing(locked) ? 1 : 0;
                switch (DataRules.kind(op)) {
                    case SCHEMA -> schemaChanges++;
                    case DATA -> dataChanges += created.contains(DataRules.table(op)) ? 0 : 1; // seeding is not mixing
                    case OTHER -> { }
                }
                for (Rule rule : rules) {
                    rule.check(op, site, flag -> findings.add(allowed(new LintFinding(flag.rule(), flag.severity(),
                            step.id(), step.revision().info().source(), op.describe(), flag.why(), flag.instead()),
                            allowed)));
                }
                if (op instanceof CreateTable create) {
                    created.add(create.table());
                } else if (op instanceof RenameTable rename && created.remove(rename.table())) {
                    created.add(rename.newName());
                }
                try {
                    schema = Interpreter.apply(schema, op, step.id());
                } catch (ReplayException e) {
                    break; // the database would refuse it too; what follows cannot be placed
                }
            }
        }
        return findings;
    }

    /** {@code finding}, allowed where its revision or the project says so. */
    private LintFinding allowed(LintFinding finding, Map<String, String> byRevision) {
        String reason = byRevision.get(finding.rule());
        if (reason != null) {
            return finding.allowedFor(reason);
        }
        return settings.disabled().contains(finding.rule()) ? finding.allowedFor("disabled by lint.disable") : finding;
    }
}
