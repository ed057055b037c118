package uk.placewise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole-job test on a real store: the Placewise application with a database of the class's own, an
 * H2 file under {@code target/it/<store>/data} (or, with {@value TestFolders#POSTGRES} set, a fresh
 * PostgreSQL schema named after it), and the shipped {@code jobs/} folder. Classes naming the same
 * {@link #store} share one Spring context and one store in each test JVM (its folder is
 * {@code target/it/<store>-jvm<n>}, as the suite runs two JVMs at once); by default each class has its
 * own, named after the class (its folder is {@code TestFolders.fresh(TheClass.class)}). How to keep such a
 * test fast: src/test/README.md.
 * <p>
 * Put test-specific settings in a {@code @DynamicPropertySource} of the class as before; a class with one
 * gets a context of its own whatever its store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = PlacewiseApplication.class)
public @interface NightlyIntegrationTest {

	/** The store's name, its folder under target/it/; empty means the test class's simple name. */
	String store() default "";
}
