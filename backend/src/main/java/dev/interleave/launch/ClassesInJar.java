package dev.interleave.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads classes from one directory inside a jar (Spring Boot's {@code BOOT-INF/classes/}) through
 * a single open {@link JarFile}: much faster than a URL class path of {@code jar:} URLs, which
 * opens a connection per class.
 */
final class ClassesInJar extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final JarFile jar;
    private final String jarUrl;
    private final String prefix;

    ClassesInJar(JarFile jar, String jarUrl, String prefix, ClassLoader parent) {
        super(parent);
        this.jar = jar;
        this.jarUrl = jarUrl;
        this.prefix = prefix;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JarEntry entry = jar.getJarEntry(prefix + name.replace('.', '/') + ".class");
        if (entry == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    protected URL findResource(String name) {
        if (jar.getJarEntry(prefix + name) == null) {
            return null;
        }
        try {
            return new URL("jar:" + jarUrl + "!/" + prefix + name);
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
