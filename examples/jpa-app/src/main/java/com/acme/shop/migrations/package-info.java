/** The shop's revisions, compiled with the application and found on the class path by their package. */
package com.acme.shop.migrations;
