package io.loquent.jpa.internal;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * Which classes belong to an entity model: those annotated {@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} or {@code @Converter} (an attribute converter must be in the unit for EclipseLink to
 * apply it). Annotations are compared by name, so that a class loader with its own copy of the
 * Jakarta Persistence API is read the same.
 */
final class ModelClasses {
    static final String ENTITY = "jakarta.persistence.Entity";
    private static final Set<String> MODEL = Set.of(ENTITY, "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    private ModelClasses() {
    }

    /** Whether {@code type} is an entity, an embeddable, a mapped superclass or a converter. */
    static boolean isModel(Class<?> type) {
        return has(type, MODEL);
    }

    /** Whether {@code type} is an entity. */
    static boolean isEntity(Class<?> type) {
        return has(type, Set.of(ENTITY));
    }

    private static boolean has(Class<?> type, Set<String> names) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (names.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }
}
