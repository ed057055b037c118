package uk.placewise;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind every command that needs the store. */
@SpringBootApplication
public class PlacewiseApplication {
}
