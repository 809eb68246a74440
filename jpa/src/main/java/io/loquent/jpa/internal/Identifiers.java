package io.loquent.jpa.internal;

import io.loquent.api.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;

/**
 * Names as EclipseLink sends them, without its delimiters: a quoted name ({@code "Book"}) is reported as
 * {@code Book}. Names that JPA annotations list as text ({@code @Index(columnList)},
 * {@code @UniqueConstraint(columnNames)}) are matched to the table's columns as the database would: exactly, or
 * else ignoring case, as an unquoted name is.
 */
final class Identifiers {
    private final String start;
    private final String end;

    Identifiers(DatasourcePlatform platform) {
        this.start = platform.getStartDelimiter();
        this.end = platform.getEndDelimiter();
    }

    /** {@code name} without the platform's delimiters around it (or around each part of a qualified name). */
    String plain(String name) {
        if (name == null) {
            return null;
        }
        String text = name.trim();
        if (!start.isEmpty() && text.startsWith(start) && text.endsWith(end) && text.length() >= start.length() + end.length()) {
            return text.substring(start.length(), text.length() - end.length());
        }
        return text;
    }

    /**
     * The name of the table {@code definition} describes as Loquent writes it: {@code schema.table} when the entity
     * names a schema ({@code @Table(schema = "app")}, which EclipseLink keeps as the definition's qualifier).
     */
    String table(org.eclipse.persistence.tools.schemaframework.TableDefinition definition) {
        String name = plain(definition.getName());
        String qualifier = plain(definition.getQualifier());
        return qualifier == null || qualifier.isEmpty() ? name : qualifier + "." + name;
    }

    /** {@code name} without a schema or catalog qualifier ({@code lib.books} is {@code books}). */
    String unqualified(String name) {
        String text = plain(name);
        int dot = text.lastIndexOf('.');
        return dot < 0 || text.startsWith(start) ? text : plain(text.substring(dot + 1));
    }

    /**
     * The table's column names for the {@code written} ones (ASC or DESC after a name is dropped); fails naming the
     * constraint or index {@code what} when a name matches no column.
     */
    List<String> resolve(List<String> written, List<String> columns, String what) {
        List<String> resolved = new ArrayList<>();
        for (String entry : written) {
            String name = plain(entry.trim().replaceAll("(?i)\\s+(ASC|DESC)$", ""));
            String match = columns.contains(name) ? name : columns.stream()
                    .filter(c -> c.toUpperCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new ModelException(what + " names column '" + entry.trim()
                            + "', which its table does not have: the columns are " + String.join(", ", columns)
                            + ". Name one of them."));
            resolved.add(match);
        }
        return resolved;
    }
}
