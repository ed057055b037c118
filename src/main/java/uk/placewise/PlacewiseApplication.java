package uk.placewise;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application behind every command that needs the store. */
@SpringBootApplication
@EnableConfigurationProperties(PlacewiseProperties.class)
public class PlacewiseApplication {
}
