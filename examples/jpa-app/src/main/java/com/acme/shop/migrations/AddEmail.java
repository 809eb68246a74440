package com.acme.shop.migrations;

import static io.loquent.api.Types.string;

import io.loquent.api.AllowLint;
import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/**
 * Customers get an e-mail address, unique; existing rows get one made from their name (a data migration). Lint's
 * LQ003 would have the backfill in a revision of its own; the shop's customers are few, so it is allowed here.
 */
@Revision(id = "s2", down = "s1", message = "customers.email, filled for existing customers")
@AllowLint(value = "LQ003", reason = "the shop has a few hundred customers: the backfill takes milliseconds")
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
