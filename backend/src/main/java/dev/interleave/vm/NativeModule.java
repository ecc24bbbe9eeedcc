package dev.interleave.vm;

/** A module written in Java, created anew for each run that imports it. */
public interface NativeModule {

    String name();

    PyModule create(Interpreter in);
}
