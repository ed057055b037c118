package uk.placewise;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the context of a {@link NightlyIntegrationTest} at its store (registered in
 * META-INF/spring.factories). The store's name is part of the context's cache key, so classes naming the
 * same store share a context, and others never do.
 */
class NightlyStoreCustomizerFactory implements ContextCustomizerFactory {

	/** Which of the suite's test JVMs this is (the poms set it from surefire's fork number). */
	static final String FORK = "placewise.test.fork";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		NightlyIntegrationTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				NightlyIntegrationTest.class);
		if (test == null) {
			return null;
		}
		// the class that declares it: a subclass or a @Nested class shares its declaring class's store
		Class<?> owner = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, NightlyIntegrationTest.class)
			.getDeclaringClass();
		// a shared store is one per test JVM: classes naming it may run in different JVMs at once
		return test.store().isEmpty() ? new Store(owner.getSimpleName(), false)
				: new Store(test.store() + "-" + TestFolders.jvm(), true);
	}

	/**
	 * The store of one name: its properties, first in the environment. A class's own store was emptied
	 * by its {@code TestFolders.fresh}; a shared one ({@code fresh}) is emptied here, once, as its
	 * context is made.
	 */
	record Store(String name, boolean fresh) implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			Path dir = fresh ? TestFolders.fresh(name) : Path.of("target", "it", name).toAbsolutePath();
			Map<String, Object> properties = new java.util.LinkedHashMap<>(TestFolders.databaseProperties(dir));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("nightly-integration-test store " + name, properties));
		}
	}
}
