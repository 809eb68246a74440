package io.loquent.core.internal.diff;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;

/**
 * The DSL call that records a {@link CreateIndex}: the plain form for a full B-tree over whole columns, the spec form
 * ({@code op.createIndex("ix", "t", i -> i.expression("lower(email)").unique())}) for anything else. Autogenerate
 * writes it, and lint quotes it as the safe alternative.
 */
public final class IndexSource {
    private IndexSource() {
    }

    /** The call, without its semicolon, on {@code op}. */
    public static String call(CreateIndex op) {
        if (op.index().plain() && !op.concurrently()) {
            return "op." + (op.unique() ? "createUniqueIndex" : "createIndex") + "(" + s(op.name()) + ", "
                    + s(op.table()) + ", " + Literals.strings(op.columns()) + ")";
        }
        return "op.createIndex(" + s(op.name()) + ", " + s(op.table()) + ", " + spec(op) + ")";
    }

    /** The spec lambda: {@code i -> i.expression("lower(email)").unique().where("deleted_at IS NULL")}. */
    private static String spec(CreateIndex op) {
        Index index = op.index();
        StringBuilder spec = new StringBuilder("i -> i");
        for (IndexKey key : index.keys()) {
            spec.append(key.expression() != null ? ".expression(" + s(key.expression()) + ")"
                    : ".column(" + s(key.column()) + (key.length() == null ? "" : ", " + key.length()) + ")");
        }
        if (index.unique()) {
            spec.append(".unique()");
        }
        if (index.where() != null) {
            spec.append(".where(").append(s(index.where())).append(')');
        }
        if (index.method() != null) {
            spec.append(".using(").append(s(index.method())).append(')');
        }
        if (!index.include().isEmpty()) {
            spec.append(".include(").append(Literals.strings(index.include())).append(')');
        }
        if (op.concurrently()) {
            spec.append(".concurrently()");
        }
        return spec.toString();
    }

    private static String s(String text) {
        return Literals.string(text);
    }
}
