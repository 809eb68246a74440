package com.acme.broken;

import static io.loquent.api.Types.integer;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** The README's broken revision: a second child of a1, whose downgrade forgets the table its upgrade creates. */
@Revision(id = "x2", down = "a1", message = "add tags")
public final class AddTags implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.createTable("tags", t -> t.column("id", integer().primaryKey()));
    }

    @Override
    public void downgrade(Op op) {
        // forgets op.dropTable("tags")
    }
}
