/** The README's example application: its model, as a user of the test kit has them. */
package com.acme.model;
