/** An example JPA application that migrates its database on start-up, with Loquent and EclipseLink. */
package com.acme.shop;
