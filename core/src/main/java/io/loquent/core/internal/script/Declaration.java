package io.loquent.core.internal.script;

import io.loquent.core.RevisionInfo;
import io.loquent.core.ScriptException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a revision declares about itself, as written (a {@code @Revision} annotation or a {@code .sql} header), checked
 * once here whichever way it was written.
 *
 * @param syntax how the attributes are spelled where it was written, so that messages name what the user wrote
 */
record Declaration(String id, List<String> down, List<String> dependsOn, List<String> branchLabels, String message,
                   Syntax syntax) {

    /** The attribute names of each way to declare a revision. */
    enum Syntax {
        ANNOTATION("@Revision ", "down", "dependsOn", "branchLabels"),
        SQL_HEADER("header attribute ", "down", "depends_on", "branch_labels");

        final String prefix;
        final String down;
        final String dependsOn;
        final String branchLabels;

        Syntax(String prefix, String down, String dependsOn, String branchLabels) {
            this.prefix = prefix;
            this.down = down;
            this.dependsOn = dependsOn;
            this.branchLabels = branchLabels;
        }
    }

    /**
     * The checked revision.
     *
     * @param source  where it was declared, for messages ({@code file.sql:1} or a file name)
     * @param shownAs the revision's {@link RevisionInfo#source()}
     */
    RevisionInfo info(String source, String shownAs, Supplier<String> checksum) {
        checkId(id, "id", source);
        List<String> parents = ids(down, syntax.down, source);
        List<String> dependencies = ids(dependsOn, syntax.dependsOn, source);
        if (parents.contains(id) || dependencies.contains(id)) {
            throw invalid(source, "revision '" + id + "' names itself as a parent or dependency",
                    "Remove its own id from " + syntax.down + " and " + syntax.dependsOn);
        }
        for (String label : branchLabels) {
            if (!RevisionReader.isValidLabel(label)) {
                throw invalid(source, "branch label '" + label + "' is not valid",
                        "Labels follow the id rule: " + RevisionReader.idRule());
            }
        }
        return new RevisionInfo(id, parents, branchLabels, dependencies, message, shownAs, checksum);
    }

    private List<String> ids(List<String> ids, String attribute, String source) {
        List<String> list = new ArrayList<>(ids.size());
        for (String one : ids) {
            checkId(one, attribute, source);
            if (list.contains(one)) {
                throw invalid(source, syntax.prefix + attribute + " names '" + one + "' twice", "Name each revision once");
            }
            list.add(one);
        }
        return list;
    }

    private void checkId(String value, String attribute, String source) {
        if (!RevisionReader.isValidId(value)) {
            throw invalid(source, syntax.prefix + attribute + " '" + value + "' is not a valid revision id",
                    "Change it: " + RevisionReader.idRule());
        }
    }

    private static ScriptException invalid(String source, String problem, String advice) {
        return new ScriptException(List.of(source + ": " + problem), advice);
    }
}
