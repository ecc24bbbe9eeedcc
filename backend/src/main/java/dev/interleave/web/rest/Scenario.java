package dev.interleave.web.rest;

import dev.interleave.engine.RunOptions;

import java.util.List;

/**
 * One program of the gallery, loaded from {@code scenarios/ID/scenario.json} and
 * {@code scenarios/ID/main.py} on the class path.
 *
 * @param id         the folder's name: lower-case letters, digits and hyphens
 * @param order      place in the gallery (ascending; ties by id)
 * @param title      a few words, in English and Chinese
 * @param summary    what the run shows, in English and Chinese
 * @param concepts   concept ids from CONCEPTS.md, C01 to C60
 * @param source     the program
 * @param options    the suggested machine config applied to the defaults
 * @param exitStatus the exit status the program ends with under that config (3: it deadlocks)
 */
public record Scenario(String id, int order, Text title, Text summary, List<String> concepts, String source,
                       RunOptions options, int exitStatus) {

    /** A text in English and Chinese. */
    public record Text(String en, String zh) {
    }
}
