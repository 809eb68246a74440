package com.acme.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A book by one {@link Author}. */
@Entity
@Table(name = "books")
public class Book {
    @Id
    @Column(name = "id")
    Integer id;

    @Column(name = "title", length = 200, nullable = false)
    String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    Author author;
}
