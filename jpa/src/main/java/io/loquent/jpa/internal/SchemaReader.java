package io.loquent.jpa.internal;

import io.loquent.api.DefinitionException;
import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelException;
import io.loquent.api.model.ModelNaming;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.jpa.internal.RecordingTableGenerator.DerivedKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * The schema of a deployed project, read through EclipseLink's schema framework: the table definitions its
 * {@code DefaultTableGenerator} builds from the descriptors, then the sequences and sequence tables its sequencing
 * uses, with their rows. Two things EclipseLink's generator gets wrong for a schema that is created once and then
 * used are corrected: an abstract table-per-class root gets no table (the generator makes one that holds only the
 * root's foreign-key columns and that nothing reads), and a joined subclass's key is never an identity column (the
 * generator marks it like its root's, but its values come from the root's row).
 */
public final class SchemaReader {
    private SchemaReader() {
    }

    /** The mapped model of {@code project}, with unnamed keys and indexes named by {@code naming}. */
    public static MappedModel read(Project project, ModelNaming naming) {
        DatasourcePlatform platform = (DatasourcePlatform) project.getLogin().getDatasourcePlatform();
        Identifiers identifiers = new Identifiers(platform);
        TableTranslator translator = new TableTranslator(naming, identifiers, MappingFacts.of(project),
                ColumnTypes.on(platform));
        RecordingTableGenerator generator = new RecordingTableGenerator(project);
        List<TableDefinition> definitions = generator.generateDefaultTableCreator().getTableDefinitions();
        Set<String> unused = abstractTablePerClassTables(project);
        Set<String> identity = identityTables(project);
        List<DerivedKey> keys = generator.keys().stream()
                .filter(k -> !unused.contains(identifiers.plain(k.target().getName()))).toList();
        List<Table> tables = new ArrayList<>();
        for (TableDefinition definition : definitions) {
            String name = identifiers.plain(definition.getName());
            if (!unused.contains(name)) {
                tables.add(translated(translator, definition, identity.contains(name), keys,
                        identifiers.table(definition)));
            }
        }
        SequenceTranslator sequences = SequenceTranslator.of(project);
        for (TableDefinition definition : sequences.tables().values()) {
            String name = identifiers.plain(definition.getName());
            if (tables.stream().anyMatch(t -> t.name().equalsIgnoreCase(name))) {
                throw new ModelException("sequence table '" + name + "' has the name of a table the entities map."
                        + " Give the generator another table.");
            }
            tables.add(translated(translator, definition, false, List.of(), name));
        }
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        sequences.rows().forEach((table, list) -> rows.put(identifiers.plain(table), List.copyOf(list)));
        return new MappedModel(new Schema(tables, sequences.sequences()), rows);
    }

    private static Table translated(TableTranslator translator, TableDefinition definition, boolean identity,
                                    List<DerivedKey> keys, String name) {
        try {
            return translator.translate(definition, identity, keys);
        } catch (DefinitionException e) {
            throw new ModelException("table '" + name + "' of the entity model cannot be described: " + e.getMessage()
                    + ". Check the mappings of that table.", e);
        }
    }

    /** The primary tables of root entities whose generator is an identity column on this platform. */
    private static Set<String> identityTables(Project project) {
        DatabaseLogin login = project.getLogin();
        Set<String> tables = new HashSet<>();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            if (descriptor.usesSequenceNumbers() && !descriptor.isChildDescriptor() && descriptor.getDefaultTable() != null) {
                String name = descriptor.getSequenceNumberName();
                Sequence sequence = name == null ? login.getDefaultSequence() : login.getSequence(name);
                if (sequence != null && sequence.shouldAcquireValueAfterInsert()) {
                    tables.add(descriptor.getDefaultTable().getName());
                }
            }
        }
        return tables;
    }

    /** The tables of abstract table-per-class roots that no other entity maps. */
    private static Set<String> abstractTablePerClassTables(Project project) {
        Set<String> roots = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            boolean root = descriptor.hasTablePerClassPolicy() && descriptor.isAbstract();
            for (DatabaseTable table : descriptor.getTables()) {
                (root ? roots : used).add(table.getName());
            }
        }
        roots.removeAll(used);
        return roots;
    }
}
