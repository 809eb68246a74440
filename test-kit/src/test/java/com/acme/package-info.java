/** The README's example test of an application's migrations. */
package com.acme;
