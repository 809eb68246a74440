package io.loquent.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * EclipseLink's table generator, keeping every foreign key it derives from the mappings. EclipseLink itself drops
 * the derived keys of a table as soon as one of the table's join columns names its key with {@code @ForeignKey}
 * (the table then has "user-defined" keys only), which would leave the other relations of that table without their
 * keys; so the keys are recorded here as the generator derives them, and user-defined ones only name or disable them.
 */
final class RecordingTableGenerator extends DefaultTableGenerator {
    /** A foreign key as the generator derives it: column names as EclipseLink writes them (possibly quoted). */
    record DerivedKey(TableDefinition source, List<String> columns, TableDefinition target, List<String> targetColumns,
                      boolean cascadeOnDelete) {
    }

    private final List<DerivedKey> keys = new ArrayList<>();

    RecordingTableGenerator(Project project) {
        super(project, true);
    }

    /** The keys derived so far, in order, each once (both sides of a relation derive the same key). */
    List<DerivedKey> keys() {
        return List.copyOf(keys);
    }

    @Override
    protected void addForeignKeyConstraint(TableDefinition sourceTableDef, TableDefinition targetTableDef,
                                           List<String> fkFields, List<String> targetFields, boolean cascadeOnDelete) {
        DerivedKey key = new DerivedKey(sourceTableDef, List.copyOf(fkFields), targetTableDef, List.copyOf(targetFields),
                cascadeOnDelete);
        boolean known = keys.stream().anyMatch(k -> k.source() == sourceTableDef && k.target() == targetTableDef
                && k.columns().equals(key.columns()));
        if (!known) {
            keys.add(key);
        }
        super.addForeignKeyConstraint(sourceTableDef, targetTableDef, fkFields, targetFields, cascadeOnDelete);
    }
}
