package com.acme.shop.migrations;

import static io.loquent.api.Types.bigInteger;
import static io.loquent.api.Types.decimal;
import static io.loquent.api.Types.string;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;

/** The shop's first tables. */
@Revision(id = "s1", message = "customers and orders")
public final class CreateShop implements MigrationScript {
    @Override
    public void upgrade(Op op) {
        op.createTable("customers", t -> {
            t.column("id", bigInteger().primaryKey().autoIncrement());
            t.column("name", string(100).nullable(false));
        });
        op.createTable("orders", t -> {
            t.column("id", bigInteger().primaryKey().autoIncrement());
            t.column("customer_id", bigInteger().nullable(false).foreignKey("customers.id"));
            t.column("total", decimal(10, 2).nullable(false));
        });
    }

    @Override
    public void downgrade(Op op) {
        op.dropTable("orders");
        op.dropTable("customers");
    }
}
