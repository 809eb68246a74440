package io.loquent.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows the findings of one lint rule in this revision, for the reason given: {@code loquent lint} still lists them,
 * marked as allowed with the reason, and an allowed error does not fail it. A {@code .sql} revision says the same in
 * its header ({@code -- allow_lint: PG001 orders holds a few hundred rows in every deployment}).
 *
 * <pre>{@code
 * @Revision(id = "8c1d", down = "7b0e", message = "index orders by date")
 * @AllowLint(value = "PG001", reason = "orders holds a few hundred rows in every deployment")
 * public final class IndexOrders implements MigrationScript { ... }
 * }</pre>
 *
 * Adding it to a revision already applied changes the file's checksum, as any edit does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(AllowLint.List.class)
public @interface AllowLint {
    /** The rule's id, as lint prints it ({@code PG001}). */
    String value();

    /** Why the finding does no harm here, listed with it. */
    String reason();

    /** Several rules allowed on one revision. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        AllowLint[] value();
    }
}
