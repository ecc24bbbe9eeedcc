package dev.interleave.web.rest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds the Docker image from the repository's Dockerfile, starts it with Testcontainers and
 * runs a program through {@code POST /api/run}. Skipped, with the reason, where no Docker engine
 * answers (as on the project's own machines) or the docker CLI is missing.
 *
 * <p>The build goes through the docker CLI rather than Testcontainers' image builder: the
 * Dockerfile uses BuildKit cache mounts ({@code RUN --mount=type=cache}), which the Docker Engine
 * API that Testcontainers builds through does not support.
 */
@Tag("docker")
class DockerImageTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String IMAGE = "interleave:testcontainers";
    private static final Path BUILD_LOG = Path.of("target", "docker-image-test-build.log");

    /** In each test rather than once for the class, so that reports count the test as skipped, with the reason. */
    @BeforeEach
    void dockerIsThere() {
        skipUnless(DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine is available here, so the Docker image test is skipped");
        skipUnless(dockerCli(), "the docker CLI is not installed, so the image (which needs BuildKit) cannot be "
                + "built; the Docker image test is skipped");
    }

    /** A JUnit assumption whose reason also goes to the build's console, not only to the XML report. */
    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.err.println("DockerImageTest: " + reason);
        }
        assumeTrue(condition, reason);
    }

    private static boolean dockerCli() {
        try {
            Process p = new ProcessBuilder("docker", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theImageServesRunsAndTheGallery() throws Exception {
        build();
        try (GenericContainer<?> app = new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)))) {
            app.start();
            String base = "http://" + app.getHost() + ":" + app.getMappedPort(8080);
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(base + "/api/run"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("""
                                    {"source": "import threading\\nt = threading.Thread(target=print, args=('hello from the container',))\\nt.start()\\nt.join()\\n", "seed": 3}"""))
                            .timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, run.statusCode(), run.body());
            assertTrue(run.body().contains("\"stdout\":\"hello from the container\\n\""), run.body());
            assertTrue(run.body().contains("\"exitStatus\":0"), run.body());

            HttpResponse<String> gallery = http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, gallery.statusCode(), gallery.body());
            assertTrue(gallery.body().contains("\"id\":\"counter-race\""), gallery.body());
        }
    }

    /** {@code docker build -t IMAGE .} in the repository, its output kept in target/. */
    private static void build() throws IOException, InterruptedException {
        Files.createDirectories(BUILD_LOG.getParent());
        Process p = new ProcessBuilder(List.of("docker", "build", "--tag", IMAGE, "--file", "Dockerfile", "."))
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .redirectOutput(BUILD_LOG.toFile())
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("docker build took more than 30 minutes; see " + BUILD_LOG.toAbsolutePath());
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(BUILD_LOG);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            throw new AssertionError("docker build failed (exit " + p.exitValue() + "); the end of "
                    + BUILD_LOG.toAbsolutePath() + ":\n" + tail);
        }
    }
}
