package com.acme.migrations;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** Books, each by an author. */
@Revision(id = "b2", down = "a1", message = "create books")
public final class CreateBooks implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.createTable("books", t -> {
            t.column("id", integer().primaryKey());
            t.column("title", string(200).nullable(false));
            t.column("author_id", integer().nullable(false).foreignKey("authors.id"));
        });
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("books");
    }
}
