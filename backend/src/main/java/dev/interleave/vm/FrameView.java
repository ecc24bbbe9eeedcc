package dev.interleave.vm;

import java.util.Map;

/**
 * One frame of a thread's stack as the inspector shows it: the function, where it is, and its
 * variables' values (safe reprs, in the order the code names them).
 *
 * @param library whether the frame runs a module of the engine's library (threading, queue...)
 *                rather than the program
 */
public record FrameView(String function, String file, int line, boolean library, Map<String, String> locals) {}
