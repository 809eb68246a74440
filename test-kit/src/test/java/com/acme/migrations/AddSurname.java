package com.acme.migrations;

import static io.loquent.api.Types.string;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** A data migration: the new column is filled from the rows already there. */
@Revision(id = "c3", down = "b2", message = "add authors.surname, filled from name")
public final class AddSurname implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.addColumn("authors", "surname", string(100));
        op.execute("UPDATE authors SET surname = name");
    }

    @Override
    public void downgrade(Op op) {
        op.dropColumn("authors", "surname");
    }
}
