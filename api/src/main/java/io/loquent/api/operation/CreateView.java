package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.View;

/**
 * Creates a view, or with {@code replace} creates or replaces it ({@code CREATE OR REPLACE VIEW}; where the database
 * has no such form, the view is dropped if it exists and created again, in the same transaction).
 */
public record CreateView(View view, boolean replace) implements Operation {
    public CreateView {
        if (view == null) {
            throw new DefinitionException("createView needs a view");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createView(this);
    }

    @Override
    public String describe() {
        return (replace ? "create or replace view " : "create view ") + view.name();
    }
}
