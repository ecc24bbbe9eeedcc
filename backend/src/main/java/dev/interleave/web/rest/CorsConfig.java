package dev.interleave.web.rest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.List;

/**
 * Cross-origin reads of the gallery. By default ({@code interleave.cors.allowed-origins} empty)
 * the server is same-origin only: no endpoint sends CORS headers and browsers refuse cross-origin
 * reads. When the property names origins (comma-separated; patterns such as
 * {@code https://*.example.edu} allowed), pages on those origins may {@code GET} the scenario list
 * and single scenarios, without credentials, and nothing else.
 */
@Configuration(proxyBeanMethods = false)
public class CorsConfig implements WebMvcConfigurer {

    static final String[] READ_ONLY_PATHS = {"/api/scenarios", "/api/scenarios/*"};

    private final List<String> origins;

    public CorsConfig(@Value("${interleave.cors.allowed-origins:}") String origins) {
        this.origins = Arrays.stream(origins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (origins.isEmpty()) {
            return;
        }
        for (String path : READ_ONLY_PATHS) {
            registry.addMapping(path)
                    .allowedOriginPatterns(origins.toArray(String[]::new))
                    .allowedMethods("GET", "HEAD")
                    .allowedHeaders("*")
                    .allowCredentials(false)
                    .maxAge(3600);
        }
    }
}
