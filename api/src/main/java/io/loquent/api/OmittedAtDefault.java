package io.loquent.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component added to an operation or schema record after revisions were first written against it. While it
 * holds its default ({@code false}, {@code null}, zero or an empty collection) it is left out of the canonical form
 * from which a compiled revision's checksum is taken, so a revision written before the component existed keeps the
 * checksum recorded when it ran. A new component of a record that takes part in checksums carries this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OmittedAtDefault {
}
