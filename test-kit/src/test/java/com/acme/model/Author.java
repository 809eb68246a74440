package com.acme.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity the README example's migrations build {@code authors} for. */
@Entity
@Table(name = "authors")
public class Author {
    @Id
    @Column(name = "id")
    Integer id;

    @Column(name = "name", length = 100, nullable = false)
    String name;

    @Column(name = "surname", length = 100)
    String surname;
}
