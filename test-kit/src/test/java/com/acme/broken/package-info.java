/** A revision broken in the ways the README's failure messages show. */
package com.acme.broken;
