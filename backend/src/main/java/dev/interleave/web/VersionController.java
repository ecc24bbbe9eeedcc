package dev.interleave.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/version}: the name and the version the build recorded. */
@RestController
public class VersionController {

    /** Version reported when the build recorded none (classes run outside a Maven build). */
    static final String UNKNOWN = "unknown";

    public record VersionInfo(String name, String version) {
    }

    private final VersionInfo info;

    public VersionController(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null && properties.getVersion() != null ? properties.getVersion() : UNKNOWN;
        this.info = new VersionInfo("interleave", version);
    }

    @GetMapping("/api/version")
    public VersionInfo version() {
        return info;
    }
}
