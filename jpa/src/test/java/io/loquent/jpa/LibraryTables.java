package io.loquent.jpa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables the library fixture maps on PostgreSQL, as {@link SchemaText} writes them, in the order EclipseLink
 * builds them. The other databases differ only where their platform generates keys otherwise (see
 * {@link JpaModelSourceTest}).
 */
final class LibraryTables {
    static final Map<String, List<String>> POSTGRESQL = new LinkedHashMap<>();

    static {
        POSTGRESQL.put("AUTHOR", List.of(
                "ID big_integer not null auto",
                "BIOGRAPHY text",
                "BORN date",
                "EMAIL string(200)",
                "NAME string(100) not null",
                "STATUS string(255)",
                "updated_at timestamp",
                "VERSION big_integer not null",
                "CITY string(60) not null",
                "FLOOR small_integer not null",
                "STREET string(120)",
                "zip_code string(10)",
                "pk pk_AUTHOR [ID]",
                "unique uq_AUTHOR_EMAIL [EMAIL]"));
        POSTGRESQL.put("books", List.of(
                "comment 'Every title the library holds'",
                "ID big_integer not null",
                "FORMAT integer",
                "ISBN string(13)",
                "MANUSCRIPT binary",
                "PRICE decimal(10, 2)",
                "THUMBNAIL binary",
                "TITLE string(255) not null comment 'As printed on the cover'",
                "WEIGHT decimal(38, 2)",
                "author_id big_integer not null",
                "first_edition_id big_integer",
                "pk pk_books [ID]",
                "unique uq_books_ISBN [ISBN]",
                "fk fk_books_author_id_AUTHOR [author_id] -> AUTHOR [ID]",
                "fk fk_books_first_edition [first_edition_id] -> EDITION [ID]",
                "index ix_books_title [TITLE]",
                "index ix_books_author_id_TITLE [author_id, TITLE]"));
        POSTGRESQL.put("CARDPAYMENT", List.of(
                "ID big_integer not null",
                "AMOUNT decimal(12, 2) not null",
                "LASTDIGITS string(4)",
                "PAYER_ID big_integer",
                "pk pk_CARDPAYMENT [ID]",
                "fk fk_CARDPAYMENT_PAYER_ID_people [PAYER_ID] -> people [ID]"));
        POSTGRESQL.put("CASHPAYMENT", List.of(
                "ID big_integer not null",
                "AMOUNT decimal(12, 2) not null",
                "RECEIPTPRINTED boolean not null",
                "PAYER_ID big_integer",
                "pk pk_CASHPAYMENT [ID]",
                "fk fk_CASHPAYMENT_PAYER_ID_people [PAYER_ID] -> people [ID]"));
        POSTGRESQL.put("ITEM", List.of(
                "ID big_integer not null",
                "kind string(20)",
                "LABEL string(255) not null",
                "SHELF_ID integer",
                "MINUTES integer",
                "ISSUE integer",
                "pk pk_ITEM [ID]",
                "fk fk_ITEM_SHELF_ID_SHELF [SHELF_ID] -> SHELF [ID]"));
        POSTGRESQL.put("EDITION", List.of(
                "ID big_integer not null",
                "NUMBER integer not null",
                "PRESSTIME time",
                "PRINTEDAT timestamp",
                "PUBLISHED date",
                "pk pk_EDITION [ID]"));
        POSTGRESQL.put("loans", List.of(
                "copy_number integer not null",
                "member_id big_integer not null",
                "DUE timestamp",
                "fee decimal(8, 2) default 0.50:BigDecimal",
                "loaned_at timestamp default current_timestamp",
                "note text default sql lower('X')",
                "PICKUPTIME time",
                "REFERENCE uuid",
                "renewals integer not null default 0:Integer",
                "returned boolean default false:Boolean",
                "STATE string(20) not null default open:String",
                "pk pk_loans [copy_number, member_id]",
                "fk fk_loans_member_id_people [member_id] -> people [ID]"));
        POSTGRESQL.put("people", List.of(
                "ID big_integer not null",
                "DTYPE string(31)",
                "JOINED date",
                "LASTSEEN timestamp",
                "full_name string(80) not null",
                "OPENSAT time",
                "pk pk_people [ID]"));
        POSTGRESQL.put("members", List.of(
                "person_id big_integer not null",
                "home_city string(60) not null",
                "FLOOR small_integer not null",
                "STREET string(120)",
                "zip_code string(10)",
                "pk pk_members [person_id]",
                "fk fk_members_person_id_people [person_id] -> people [ID]"));
        POSTGRESQL.put("member_cards", List.of(
                "ID uuid not null",
                "ACTIVE boolean not null",
                "member_id big_integer not null",
                "pk pk_member_cards [ID]",
                "unique uq_member_cards_member_id [member_id]",
                "fk fk_member_cards_member_id_people [member_id] -> people [ID]"));
        POSTGRESQL.put("reviews", List.of(
                "BODY text",
                "FEATURED boolean",
                "HELPFUL integer",
                "PUBLISHED boolean not null",
                "RATING small_integer not null",
                "SCORE double not null",
                "STARS small_integer not null",
                "VOTES decimal(38, 0)",
                "WEIGHT double not null",
                "REVIEWER string(50) not null",
                "book_id big_integer not null",
                "pk pk_reviews [REVIEWER, book_id]",
                "fk fk_reviews_book_id_books [book_id] -> books [ID]",
                "check ck_reviews_rating rating BETWEEN 1 AND 5"));
        POSTGRESQL.put("SHELF", List.of(
                "ID integer not null auto",
                "code string(8) not null",
                "pk pk_SHELF [ID]",
                "unique uq_SHELF_code [code]"));
        POSTGRESQL.put("STAFF", List.of(
                "ID big_integer not null",
                "pk pk_STAFF [ID]",
                "fk fk_STAFF_ID_people [ID] -> people [ID]"));
        POSTGRESQL.put("TAG", List.of(
                "ID integer not null",
                "LABEL string(40) not null",
                "pk pk_TAG [ID]",
                "unique uq_TAG_LABEL [LABEL]"));
        POSTGRESQL.put("book_keywords", List.of(
                "book_id big_integer",
                "keyword string(50) not null",
                "fk fk_book_keywords_book_id_books [book_id] -> books [ID]"));
        POSTGRESQL.put("book_tags", List.of(
                "book_id big_integer not null",
                "tag_id integer not null",
                "pk pk_book_tags [book_id, tag_id]",
                "fk fk_book_tags_book_id_books [book_id] -> books [ID]",
                "fk fk_book_tags_tag_id_TAG [tag_id] -> TAG [ID]"));
        POSTGRESQL.put("member_phones", List.of(
                "KIND string(10)",
                "MOBILE boolean not null",
                "phone_number string(30) not null",
                "member_id big_integer",
                "fk fk_member_phones_member_id_members [member_id] -> members [person_id]"));
        POSTGRESQL.put("Staff_ROLES", List.of(
                "Staff_ID big_integer",
                "ROLES string(255)",
                "fk fk_Staff_ROLES_Staff_ID_people [Staff_ID] -> people [ID]"));
        POSTGRESQL.put("staff_shelves", List.of(
                "staff_id big_integer not null",
                "shelf_id integer not null",
                "pk pk_staff_shelves [staff_id, shelf_id]",
                "fk fk_staff_shelves_staff_id_people [staff_id] -> people [ID]",
                "fk fk_staff_shelves_shelf_id_SHELF [shelf_id] -> SHELF [ID]"));
        POSTGRESQL.put("SEQUENCE", List.of(
                "SEQ_NAME string(50) not null",
                "SEQ_COUNT decimal(38, 0)",
                "pk pk_SEQUENCE [SEQ_NAME]"));
        POSTGRESQL.put("id_gen", List.of(
                "gen_name string(50) not null",
                "gen_value decimal(38, 0)",
                "pk pk_id_gen [gen_name]"));
    }

    private LibraryTables() {
    }
}
