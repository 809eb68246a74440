/** An example third-party dialect: H2, found by {@link java.util.ServiceLoader} and proved by the contract kit. */
package com.example.loquent.h2;
