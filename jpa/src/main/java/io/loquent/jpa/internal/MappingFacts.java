package io.loquent.jpa.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.sessions.Project;

/**
 * What EclipseLink's descriptors say about columns that its table generator does not: which columns hold a primitive
 * (never null), which hold the key of a required to-one relation ({@code optional = false}), and which class and
 * field each column comes from, for messages. A column that a subclass adds to its parent's table (single-table
 * inheritance) is never made NOT NULL by these rules: the other classes' rows leave it null.
 */
final class MappingFacts {
    private final Set<DatabaseField> notNull = new HashSet<>();
    private final Map<DatabaseField, String> origins = new HashMap<>();

    private MappingFacts() {
    }

    /** The facts of every descriptor of {@code project}. */
    static MappingFacts of(Project project) {
        MappingFacts facts = new MappingFacts();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            if (!descriptor.isDescriptorTypeAggregate()) {
                facts.visit(descriptor, descriptor, sharedTables(descriptor));
            }
        }
        return facts;
    }

    /** Whether the mapping of {@code field} makes it NOT NULL although its column allows null. */
    boolean requiresValue(DatabaseField field) {
        return field != null && notNull.contains(field);
    }

    /** The entity class and field {@code field} is mapped from, such as {@code com.example.Book.title}, or null. */
    String origin(DatabaseField field) {
        return field == null ? null : origins.get(field);
    }

    private void visit(ClassDescriptor owner, ClassDescriptor descriptor, Set<DatabaseTable> shared) {
        ClassDescriptor parent = owner.isChildDescriptor() ? owner.getInheritancePolicy().getParentDescriptor() : null;
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (descriptor == owner && parent != null && parent.getMappingForAttributeName(mapping.getAttributeName()) != null) {
                continue; // the parent's own mapping, visited with the parent
            }
            String origin = descriptor.getJavaClassName() + "." + mapping.getAttributeName();
            for (DatabaseField field : mapping.getFields()) {
                origins.putIfAbsent(field, origin);
            }
            if (mapping.isAggregateObjectMapping() || mapping.isAggregateCollectionMapping()) {
                // The descriptor of an embeddable is EclipseLink's copy for this mapping, its fields translated to
                // the owner's (or the collection table's) columns.
                visit(owner, mapping.getReferenceDescriptor(), shared);
            } else if (mapping.isDirectToFieldMapping() && isPrimitive(mapping)) {
                require(List.of(mapping.getField()), shared);
            } else if (mapping instanceof ObjectReferenceMapping reference && reference.isForeignKeyRelationship()
                    && !mapping.isOptional()) {
                require(reference.getForeignKeyFields(), shared);
            }
        }
    }

    private void require(List<DatabaseField> fields, Set<DatabaseTable> shared) {
        for (DatabaseField field : fields) {
            if (field != null && !shared.contains(field.getTable())) {
                notNull.add(field);
            }
        }
    }

    private static boolean isPrimitive(DatabaseMapping mapping) {
        Class<?> type = mapping.getAttributeAccessor().getAttributeClass();
        return type != null && type.isPrimitive();
    }

    /** The tables a subclass shares with its parent, where its own columns must allow null. */
    private static Set<DatabaseTable> sharedTables(ClassDescriptor descriptor) {
        if (!descriptor.isChildDescriptor()) {
            return Set.of();
        }
        return new HashSet<>(descriptor.getInheritancePolicy().getParentDescriptor().getTables());
    }
}
