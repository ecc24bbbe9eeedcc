package dev.interleave.launch;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The jar's entry point. {@code run ...} starts the CLI without Spring Boot's launcher, which
 * opens every library jar first (about 0.3 s of a CLI run): the engine's and the CLI's packages
 * sit at the jar's root too, so the JVM's own class loader finds them. When the build left an
 * ahead-of-time cache beside the jar, the CLI runs in a child JVM that uses it
 * ({@link CliJvm}). Anything else hands over to Spring Boot's launcher, which starts the
 * server. Uses nothing but the JDK.
 */
public final class Launcher {
    private Launcher() {}

    private static final String APP_MAIN = "dev.interleave.Main";
    private static final String CLI_MAIN = "dev.interleave.cli.CliMain";
    private static final String SPRING_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    public static void main(String[] args) throws Throwable {
        Path jar = ownJar();
        if (args.length == 0 || !args[0].equals("run")) {
            invoke(Class.forName(jar != null ? SPRING_LAUNCHER : APP_MAIN), args);
            return;
        }
        String[] cliArgs = Arrays.copyOfRange(args, 1, args.length);
        if (jar != null) {
            int status = CliJvm.runInChild(jar, CLI_MAIN, cliArgs);
            if (status >= 0) {
                System.exit(status);
            }
        }
        invoke(Class.forName(CLI_MAIN), cliArgs);
    }

    /** The jar this class was loaded from, or null when it comes from a directory (a development build). */
    private static Path ownJar() throws URISyntaxException {
        var location = Launcher.class.getProtectionDomain().getCodeSource().getLocation();
        return location.getPath().endsWith(".jar") ? Path.of(location.toURI()) : null;
    }

    private static void invoke(Class<?> main, String[] args) throws Throwable {
        Method m = main.getMethod("main", String[].class);
        try {
            m.invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
