package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sequencing.DefaultSequence;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.TableSequenceDefinition;
import org.eclipse.persistence.tools.schemaframework.UnaryTableSequenceDefinition;

/**
 * Where each generator of the model draws its values, as EclipseLink's sequencing does it on the platform: an
 * identity column (nothing to create), a sequence object ({@code @SequenceGenerator} and {@code SEQUENCE} generation
 * where the platform has sequences), or a row of a sequence table ({@code @TableGenerator}, {@code TABLE} and
 * {@code AUTO} generation, and a native generator the platform can serve neither way).
 *
 * <p>A table generator's row must exist before the application inserts: EclipseLink updates it, finds no row, and
 * fails ("EclipseLink-4011: Error preallocating sequence numbers"); it inserts the row only when it creates the
 * tables itself. So each row is a seed row, with the counter at the generator's initial value less one, as
 * EclipseLink's DDL writes it. EclipseLink's own schema manager omits the table of a native generator that falls back
 * to a table; it is included here, because the application's inserts need it all the same.
 */
final class SequenceTranslator {
    /** The precision of a sequence table's counter, which EclipseLink creates as {@code NUMERIC(38)}. */
    private static final int COUNTER_PRECISION = 38;

    private final Map<String, Sequence> sequences = new TreeMap<>();
    private final Map<String, TableDefinition> tables = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    /** The sequences, sequence tables and rows of every descriptor of {@code project} that uses sequencing. */
    static SequenceTranslator of(Project project) {
        SequenceTranslator translator = new SequenceTranslator();
        DatabaseLogin login = project.getLogin();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            if (descriptor.usesSequenceNumbers()) {
                translator.add(login, descriptor.getSequenceNumberName());
            }
        }
        return translator;
    }

    List<Sequence> sequences() {
        return List.copyOf(sequences.values());
    }

    /** EclipseLink's definitions of the sequence tables, by name. */
    Map<String, TableDefinition> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The rows of each sequence table, in the order their generators were found. */
    Map<String, List<Map<String, Object>>> rows() {
        return Collections.unmodifiableMap(rows);
    }

    private void add(DatabaseLogin login, String name) {
        org.eclipse.persistence.sequencing.Sequence sequence = name == null ? login.getDefaultSequence()
                : login.getSequence(name);
        if (sequence == null || sequence.shouldAcquireValueAfterInsert()) {
            return; // an identity column
        }
        String rowName = sequence.getName();
        org.eclipse.persistence.sequencing.Sequence source = sequence instanceof DefaultSequence d
                ? d.getDefaultSequence() : sequence;
        if (source instanceof NativeSequence nativeSequence) {
            if (!nativeSequence.hasDelegateSequence()) {
                // EclipseLink takes the value nextval returns as the last of a block of allocationSize ids, so the
                // sequence starts a block past the initial value, as EclipseLink's own DDL creates it.
                sequences.putIfAbsent(rowName, new Sequence(rowName,
                        (long) sequence.getInitialValue() + sequence.getPreallocationSize() - 1,
                        sequence.getPreallocationSize()));
                return;
            }
            source = nativeSequence.getDelegateSequence();
        }
        if (source instanceof org.eclipse.persistence.sequencing.TableSequence table) {
            TableSequenceDefinition definition = new TableSequenceDefinition(rowName, false);
            definition.setSequenceTableName(table.getTableName());
            definition.setSequenceNameFieldName(table.getNameFieldName());
            definition.setSequenceCounterFieldName(table.getCounterFieldName());
            definition.setSequenceTableIndexes(table.getTableIndexes());
            addTable(definition.buildTableDefinition(), table.getCounterFieldName(), rowName);
            row(table.getTableName(), ordered(table.getNameFieldName(), rowName, table.getCounterFieldName(),
                    counter(sequence)), table.getNameFieldName(), rowName);
        } else if (source instanceof org.eclipse.persistence.sequencing.UnaryTableSequence unary) {
            UnaryTableSequenceDefinition definition = new UnaryTableSequenceDefinition(rowName, false);
            definition.setSequenceCounterFieldName(unary.getCounterFieldName());
            addTable(definition.buildTableDefinition(), unary.getCounterFieldName(), rowName);
            row(rowName, ordered(null, null, unary.getCounterFieldName(), counter(sequence)), null, rowName);
        }
    }

    private void addTable(TableDefinition definition, String counter, String generator) {
        TableDefinition known = tables.get(definition.getName());
        if (known == null) {
            for (FieldDefinition field : definition.getFields()) {
                if (field.getName().equals(counter)) {
                    field.setSize(COUNTER_PRECISION);
                    field.setSubSize(0);
                }
            }
            tables.put(definition.getName(), definition);
        } else if (!fieldNames(known).equals(fieldNames(definition))) {
            throw new ModelException("sequence table '" + definition.getName() + "' is used by generators with different"
                    + " columns (" + fieldNames(known) + " and " + fieldNames(definition) + ", generator '" + generator
                    + "'). Give the generators the same pkColumnName and valueColumnName, or separate tables.");
        }
    }

    private void row(String table, Map<String, Object> values, String nameColumn, String generator) {
        List<Map<String, Object>> list = rows.computeIfAbsent(table, t -> new ArrayList<>());
        boolean known = list.stream().anyMatch(r -> nameColumn == null || generator.equals(r.get(nameColumn)));
        if (!known) {
            list.add(values);
        }
    }

    /** A row in column order: the generator's name (when the table has a name column), then its counter. */
    private static Map<String, Object> ordered(String nameColumn, String name, String counterColumn, long counter) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (nameColumn != null) {
            row.put(nameColumn, name);
        }
        row.put(counterColumn, counter);
        return Collections.unmodifiableMap(row);
    }

    private static long counter(org.eclipse.persistence.sequencing.Sequence sequence) {
        return sequence.getInitialValue() - 1L;
    }

    private static List<String> fieldNames(TableDefinition table) {
        return table.getFields().stream().map(FieldDefinition::getName).toList();
    }
}
