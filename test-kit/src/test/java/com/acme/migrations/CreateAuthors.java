package com.acme.migrations;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** The README example's first revision. */
@Revision(id = "a1", message = "create authors")
public final class CreateAuthors implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.createTable("authors", t -> {
            t.column("id", integer().primaryKey());
            t.column("name", string(100).nullable(false));
        });
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("authors");
    }
}
