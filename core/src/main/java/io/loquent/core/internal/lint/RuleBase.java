package io.loquent.core.internal.lint;

import io.loquent.core.LintFinding.Severity;
import java.util.Set;

/** A rule for the databases named, or every database when none is. */
abstract class RuleBase implements Rule {
    private final String id;
    private final Set<String> databases;

    RuleBase(String id, String... databases) {
        this.id = id;
        this.databases = Set.of(databases);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean concerns(String database) {
        return databases.isEmpty() || databases.contains(database);
    }

    Rule.Flag flag(Severity severity, String why, String instead) {
        return new Rule.Flag(id, severity, why, instead);
    }
}
