package dev.interleave.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot server. Component scanning covers this package only; the engine has no beans. */
@SpringBootApplication
public class InterleaveServer {

    public static void start(String[] args) {
        SpringApplication.run(InterleaveServer.class, args);
    }
}
