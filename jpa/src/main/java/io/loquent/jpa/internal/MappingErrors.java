package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.exceptions.DescriptorException;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.exceptions.IntegrityException;
import org.eclipse.persistence.jpa.exceptions.EntityManagerSetupException;

/**
 * Turns EclipseLink's rejection of a mapping into one line that names the class (and the field) and what to do.
 * EclipseLink wraps the error that matters in setup exceptions ("Predeployment of PersistenceUnit failed") and, at
 * descriptor initialisation, collects several in an integrity exception; the first specific one is reported, and the
 * whole chain is kept as the cause.
 */
final class MappingErrors {
    /** How EclipseLink's descriptions name the entity class: "[class a.B]", or "the class [a.B]". */
    private static final Pattern CLASS = Pattern.compile("\\[class ([\\w.$]+)]|(?:the|entity) class \\[([\\w.$]+)]");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)attribute \\[(\\w+)]");

    private MappingErrors() {
    }

    /** The model exception for {@code failure}, which EclipseLink raised while deploying the model. */
    static ModelException rejected(RuntimeException failure) {
        Throwable specific = specific(failure);
        String description = description(specific);
        String subject = subject(specific, description);
        return new ModelException(subject + " is rejected by EclipseLink: " + description
                + (description.endsWith(".") ? "" : ".") + " Fix that mapping, then read the model again.", failure);
    }

    /** EclipseLink's own description of {@code failure} (without its headers), on one line. */
    static String description(Throwable failure) {
        Throwable specific = specific(failure);
        String text = specific instanceof EclipseLinkException e && e.getUnformattedMessage() != null
                ? e.getUnformattedMessage() : String.valueOf(specific);
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String subject(Throwable specific, String description) {
        if (specific instanceof DescriptorException e && e.getDescriptor() != null) {
            String type = e.getDescriptor().getJavaClassName();
            return e.getMapping() == null ? "entity class '" + type + "'"
                    : "field '" + e.getMapping().getAttributeName() + "' of entity class '" + type + "'";
        }
        Matcher type = CLASS.matcher(description);
        if (!type.find()) {
            return "the entity model";
        }
        Matcher attribute = ATTRIBUTE.matcher(description);
        String name = type.group(1) != null ? type.group(1) : type.group(2);
        return (attribute.find() ? "field '" + attribute.group(1) + "' of " : "") + "entity class '" + name + "'";
    }

    /** The innermost EclipseLink error that says what is wrong, below the setup and integrity wrappers. */
    private static Throwable specific(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = failure;
        Throwable best = failure;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            if (current instanceof IntegrityException integrity
                    && !integrity.getIntegrityChecker().getCaughtExceptions().isEmpty()) {
                current = integrity.getIntegrityChecker().getCaughtExceptions().get(0);
                continue;
            }
            if (current instanceof EclipseLinkException && !(current instanceof EntityManagerSetupException)) {
                return current;
            }
            best = current;
            current = next(current);
        }
        return best;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof EclipseLinkException e && e.getInternalException() != null) {
            return e.getInternalException();
        }
        return failure.getCause();
    }
}
