package io.loquent.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link MigrationScript} as a revision and places it in the revision graph.
 *
 * <p>{@code down = {}} makes a base revision, one id a revision with one parent, two or more ids a merge.
 * Ids are letters, digits, {@code _} and {@code .}; the characters {@code @ - + :} and spaces are reserved by the
 * target grammar ({@code label@head}, {@code -1}, {@code ae10+2}, {@code a:b}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** The revision id, unique among all scripts. */
    String id();

    /** The parent revisions; empty for a base revision. */
    String[] down() default {};

    /** Labels that name the branch starting here; descendants inherit them. */
    String[] branchLabels() default {};

    /** Revisions that must be applied before this one without being its parents. */
    String[] dependsOn() default {};

    /** A one-line description, shown by {@code history} and in logs. */
    String message() default "";
}
