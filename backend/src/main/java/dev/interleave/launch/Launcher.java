package dev.interleave.launch;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.jar.JarFile;

/**
 * The jar's entry point. {@code run ...} loads the engine and the CLI straight from the jar's
 * own classes, skipping Spring Boot's launcher, which opens every library jar first (about
 * 0.3 s of a CLI run); anything else hands over to Spring Boot's launcher, which starts the
 * server. Uses nothing but the JDK: it runs before any class path is set up.
 */
public final class Launcher {
    private Launcher() {}

    private static final String APP_MAIN = "dev.interleave.Main";
    private static final String SPRING_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    public static void main(String[] args) throws Throwable {
        URL jar = Launcher.class.getProtectionDomain().getCodeSource().getLocation();
        boolean packaged = jar.getPath().endsWith(".jar");
        if (packaged && (args.length == 0 || !args[0].equals("run"))) {
            invoke(Class.forName(SPRING_LAUNCHER), args);
            return;
        }
        ClassLoader loader = packaged
                ? new ClassesInJar(new JarFile(new File(jar.toURI())), jar.toString(), "BOOT-INF/classes/",
                        ClassLoader.getPlatformClassLoader())
                : Launcher.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        invoke(Class.forName(APP_MAIN, true, loader), args);
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
