/** Tests of the migration lock as a third-party dialect sees it: the API's lock row, and running without a lock. */
package io.loquent.core.lock;
