package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelRequest;
import io.loquent.jpa.fixtures.library.Author;
import io.loquent.jpa.fixtures.library.Book;
import io.loquent.jpa.fixtures.library.CardPayment;
import io.loquent.jpa.fixtures.library.CashPayment;
import io.loquent.jpa.fixtures.library.Disc;
import io.loquent.jpa.fixtures.library.Edition;
import io.loquent.jpa.fixtures.library.Item;
import io.loquent.jpa.fixtures.library.Loan;
import io.loquent.jpa.fixtures.library.Magazine;
import io.loquent.jpa.fixtures.library.Member;
import io.loquent.jpa.fixtures.library.MemberCard;
import io.loquent.jpa.fixtures.library.Payment;
import io.loquent.jpa.fixtures.library.Person;
import io.loquent.jpa.fixtures.library.Review;
import io.loquent.jpa.fixtures.library.Shelf;
import io.loquent.jpa.fixtures.library.Staff;
import io.loquent.jpa.fixtures.library.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways to name a model (classes, packages, a persistence unit) read the same schema, from folders and from
 * jars, through the request's class loader.
 */
class ModelSelectionTest {
    @TempDir
    Path dir;

    @Test
    void givenEntityClassesReadTheSameModelAsTheirPackage() {
        MappedModel given = new JpaModelSource().read(LibraryModels.classes("sqlite", Author.class, Book.class,
                CardPayment.class, CashPayment.class, Disc.class, Edition.class, Item.class, Loan.class,
                Magazine.class, Member.class, MemberCard.class, Payment.class, Person.class, Review.class,
                Shelf.class, Staff.class, Tag.class));
        assertThat(given).isEqualTo(LibraryModels.of("sqlite"));
    }

    @Test
    void aPersistenceUnitReadsItsClassesWithTheRequestsPlatform() {
        assertThat(new JpaModelSource().read(LibraryModels.unit("sqlite", "library")))
                .isEqualTo(LibraryModels.of("sqlite"));
    }

    @Test
    void aPersistenceUnitThatNamesItsPlatformIsReadWithIt() {
        assertThat(new JpaModelSource().read(LibraryModels.unit("postgresql", "library-on-mysql")))
                .isEqualTo(LibraryModels.of("mysql"));
    }

    @Test
    void aPackageIsScannedInAJarOnTheRequestsClassLoader() throws IOException {
        assertReadFromJar(jarOf(LibraryModels.PACKAGE, true));
    }

    @Test
    void aPackageIsScannedInAJarWithoutFolderEntries() throws IOException {
        assertReadFromJar(jarOf(LibraryModels.PACKAGE, false));
    }

    private void assertReadFromJar(Path jar) throws IOException {
        ClassLoader parent = new HidingLoader(getClass().getClassLoader(), LibraryModels.PACKAGE);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent)) {
            MappedModel model = new JpaModelSource().read(new ModelRequest(loader, List.of(),
                    List.of(LibraryModels.PACKAGE), null, new TestNaming(), "postgresql"));
            assertThat(model).isEqualTo(LibraryModels.of("postgresql"));
        }
    }

    /** A jar of the compiled classes of {@code packageName}, with or without entries for its folders. */
    private Path jarOf(String packageName, boolean folders) throws IOException {
        Path classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = dir.resolve(folders ? "with-folders.jar" : "without-folders.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream target = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes.resolve(packageName.replace('.', '/')))) {
            for (Path file : files.sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file) && folders) {
                    target.putNextEntry(new JarEntry(name + "/"));
                } else if (Files.isRegularFile(file)) {
                    target.putNextEntry(new JarEntry(name));
                    target.write(Files.readAllBytes(file));
                }
            }
        }
        return jar;
    }
}
