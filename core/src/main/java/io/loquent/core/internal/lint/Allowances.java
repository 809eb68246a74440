package io.loquent.core.internal.lint;

import io.loquent.api.AllowLint;
import io.loquent.api.MigrationScript;
import io.loquent.core.ScriptException;
import io.loquent.core.internal.script.LoadedRevision;
import io.loquent.core.internal.script.SqlScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lint rules a revision allows, with the reason for each: {@link AllowLint} on its class, or the
 * {@code -- loquent:allow_lint rule=… reason="…"} lines of a {@code .sql} revision. A rule that does not exist, or a
 * reason left blank, is refused with the revision's file: an allowance that allows nothing would hide a typo.
 */
final class Allowances {
    private Allowances() {
    }

    /** Reason by rule id; {@code rules} are the ids that exist. */
    static Map<String, String> of(LoadedRevision revision, Set<String> rules) {
        MigrationScript script = revision.newScript();
        Map<String, String> allowed = new LinkedHashMap<>();
        if (script instanceof SqlScript sql) {
            allowed.putAll(sql.allowedLint());
        } else {
            for (AllowLint a : script.getClass().getAnnotationsByType(AllowLint.class)) {
                allowed.put(a.value(), a.reason());
            }
        }
        allowed.forEach((rule, reason) -> {
            if (!rules.contains(rule)) {
                throw new ScriptException(List.of(revision.info().source() + ": revision " + revision.info().id()
                        + " allows lint rule '" + rule + "', which is no rule"), "Name one of "
                        + String.join(", ", new TreeSet<>(rules)));
            }
            if (reason == null || reason.isBlank()) {
                throw new ScriptException(List.of(revision.info().source() + ": revision " + revision.info().id()
                        + " allows lint rule " + rule + " without a reason"), "Say why it does no harm here: the"
                        + " reason is listed with the finding");
            }
        });
        return allowed;
    }
}
