package com.acme.shop.migrations;

import static io.loquent.api.Types.string;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** Customers get an e-mail address, unique; existing rows get one made from their name (a data migration). */
@Revision(id = "s2", down = "s1", message = "customers.email, filled for existing customers")
public final class AddEmail implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.addColumn("customers", "email", string(200));
        op.execute("UPDATE customers SET email = lower(replace(name, ' ', '.')) || '@example.com'");
        op.createUniqueIndex("uq_customers_email", "customers", "email");
    }

    @Override
    public void downgrade(Op op) {
        op.dropIndex("uq_customers_email", "customers");
        op.dropColumn("customers", "email");
    }
}
