/**
 * The service interface of model sources: what reads the schema an application's entity classes map (Loquent's JPA
 * module, with EclipseLink, is one), so that {@code revision --autogenerate} and {@code check} can compare it with
 * the database. Sources are found through {@link java.util.ServiceLoader} and loaded only by the commands that
 * compare models, so that no other command pays for them.
 */
package io.loquent.api.model;
