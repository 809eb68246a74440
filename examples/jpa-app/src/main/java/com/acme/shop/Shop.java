package com.acme.shop;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The application: its persistence unit ({@code META-INF/persistence.xml}) runs the migrations of
 * {@code com.acme.shop.migrations} when it deploys, so the first EntityManager finds the schema they build.
 */
public final class Shop implements AutoCloseable {
    private final EntityManagerFactory factory;

    private Shop(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The shop on the database at {@code jdbcUrl}, migrated to head before anything else touches it. */
    public static Shop open(String jdbcUrl) {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("shop",
                Map.of("jakarta.persistence.jdbc.url", jdbcUrl));
        factory.createEntityManager().close(); // EclipseLink deploys the unit, and so migrates, on first use
        return new Shop(factory);
    }

    public Customer register(String name, String email) {
        return inTransaction(em -> {
            Customer customer = new Customer(name, email);
            em.persist(customer);
            return customer;
        });
    }

    public Order order(Customer customer, BigDecimal total) {
        return inTransaction(em -> {
            Order order = new Order(em.find(Customer.class, customer.id()), total);
            em.persist(order);
            return order;
        });
    }

    /** Each customer's name with the sum of their orders, by name. */
    public List<Object[]> totals() {
        EntityManager em = factory.createEntityManager();
        try {
            return em.createQuery("SELECT c.name, SUM(o.total) FROM Order o JOIN o.customer c GROUP BY c.name"
                    + " ORDER BY c.name", Object[].class).getResultList();
        } finally {
            em.close();
        }
    }

    private <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
