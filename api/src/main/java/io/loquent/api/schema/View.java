package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * A view: a stored query that reads like a table.
 *
 * @param name       the view name
 * @param definition its query ({@code SELECT …}), as the script wrote it or as the database stores it; databases
 *                   rewrite a view's text (PostgreSQL and MySQL spell out every column), so definitions are kept but
 *                   views are compared by name
 */
public record View(String name, String definition) {
    public View {
        Names.requireUnqualified(name, "a view");
        if (definition == null || definition.isBlank()) {
            throw new DefinitionException("view '" + name + "' needs a query, such as \"SELECT id, email FROM users\"");
        }
    }
}
