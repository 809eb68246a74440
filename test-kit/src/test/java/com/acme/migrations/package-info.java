/** The README's example application: its migrations, as a user of the test kit has them. */
package com.acme.migrations;
