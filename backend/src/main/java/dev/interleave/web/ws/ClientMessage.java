package dev.interleave.web.ws;

/**
 * What a client sends on {@code /ws} (docs/protocol.md). {@link MessageReader} builds these from
 * JSON and names the problem when it cannot; the JSON member names are the component names.
 */
public sealed interface ClientMessage {

    /** {@code start}: run {@code source} on a machine set up by {@code config}, in {@code mode}. */
    record Start(String source, RunConfig config, String mode) implements ClientMessage {
    }

    /** {@code pick}: answer the pending decision with thread {@code thread}; {@code decision} (optional) says which. */
    record Pick(int thread, Long decision) implements ClientMessage {
    }

    /** {@code continue}: pick automatically until a thread blocks ({@code "blocking"}) or to the end. */
    record Continue(String until) implements ClientMessage {
    }

    /** {@code cancel}: stop the current run. */
    record Cancel() implements ClientMessage {
    }

    /** {@code ack}: every data message up to batch {@code upTo} has been taken in. */
    record Ack(long upTo) implements ClientMessage {
    }

    /** {@code inspect}: every thread's stack and variables just after event {@code seq} of the latest run. */
    record Inspect(long seq) implements ClientMessage {
    }
}
