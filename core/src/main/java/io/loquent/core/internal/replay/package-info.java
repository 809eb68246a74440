/**
 * Internal, not API: replaying recorded operations onto the schema model, so that the schema at any revision is
 * known without a database (issue #10). May change in any release.
 */
package io.loquent.core.internal.replay;
