package dev.interleave.web.ws;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * What the server sends on {@code /ws} (docs/protocol.md): each record is one message type, its
 * {@code type} member the record's type name, its other members the components in order (null
 * ones left out). frontend/src/protocol.ts mirrors these; ProtocolSyncTest keeps them in step.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(ServerMessage.Accepted.class),
        @JsonSubTypes.Type(ServerMessage.Queued.class),
        @JsonSubTypes.Type(ServerMessage.Started.class),
        @JsonSubTypes.Type(ServerMessage.Entities.class),
        @JsonSubTypes.Type(ServerMessage.Events.class),
        @JsonSubTypes.Type(ServerMessage.DecisionOffer.class),
        @JsonSubTypes.Type(ServerMessage.Summary.class),
        @JsonSubTypes.Type(ServerMessage.ErrorReport.class),
        @JsonSubTypes.Type(ServerMessage.Inspection.class)})
public sealed interface ServerMessage {

    /** The run this message is about, or null. */
    Long runId();

    /** A start was accepted as run {@code run}: {@code position} 0 runs now, N is N-th in the queue. */
    @JsonTypeName("accepted")
    record Accepted(long run, String mode, String file, int position, TraceConfig config) implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /** The run's new place in the queue (1: next). */
    @JsonTypeName("queued")
    record Queued(long run, int position) implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /** The run left the queue and is simulating. */
    @JsonTypeName("started")
    record Started(long run) implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /**
     * Data message: processes, threads and objects created since the last data message, each an
     * object as the trace file's {@code entities} member writes it (facts as further members).
     */
    @JsonTypeName("entities")
    record Entities(long run, long batch, List<Map<String, Object>> entities) implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /**
     * Data message: {@code count} events, columnar. Event {@code i} has seq {@code seq + i}, time
     * {@code t0 + dt[0] + ... + dt[i]}, kind {@code forms[form[i]][0]}, actor {@code actor[i]} (-1:
     * none), object {@code obj[i]} (-1: none), line {@code line[i]} (0: none), and one detail per
     * further name of its form, the values taken in order from {@code values}. {@code decisions}
     * lists the policy's choices made meanwhile, as the trace file writes them.
     */
    @JsonTypeName("events")
    record Events(long run, long batch, long seq, int count, long t0, List<List<String>> forms, long[] dt, int[] form,
            int[] actor, int[] obj, int[] line, List<Object> values, List<DecisionEntry> decisions)
            implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /** One recorded choice, as in the trace file: {@code count} only when more than {@code options} lists. */
    record DecisionEntry(long seq, String kind, List<Integer> options, Integer count, int chosen) {
    }

    /** Interactive mode: the machine waits for a pick among {@code options} (at most 32; {@code count} in all). */
    @JsonTypeName("decision")
    record DecisionOffer(long run, long decision, String kind, long seq, List<Option> options, int count)
            implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /** A thread a decision can pick, with the source line it is at (0: not started). */
    record Option(int thread, String name, int line) {
    }

    /** The run ended: always its last message. Counts are null for a run that never started. */
    @JsonTypeName("summary")
    record Summary(long run, int exitStatus, String ending, String message, String stdout, String stderr,
            long wallMillis, Long virtualNanos, Long bytecodes, Integer threads, Integer peakThreads, Long events,
            Integer entities, Integer decisions, Long contextSwitches, Long gilHandovers, long[] coreBusyNanos)
            implements ServerMessage {
        public Long runId() {
            return run;
        }

        /** The summary of a run cancelled before it started. */
        static Summary notStarted(long run, String reason) {
            return new Summary(run, 4, "cancelled", reason, "", "", 0, null, null, null, null, null, null, null, null,
                    null, null);
        }
    }

    /**
     * The answer to {@code inspect}: every thread alive just after event {@code seq} (at virtual
     * time {@code t}) of run {@code run}, with its frames, outermost first, each with its variables
     * as safe reprs (a program's own {@code __repr__} is never run).
     */
    @JsonTypeName("inspection")
    record Inspection(long run, long seq, long t, List<dev.interleave.engine.Inspection.ThreadStack> threads)
            implements ServerMessage {
        public Long runId() {
            return run;
        }
    }

    /**
     * A refusal or a failure, with a stable {@code code} and the {@code field} at fault; a syntax
     * error adds its line and columns (1-based, end exclusive) and the {@code traceback} CPython
     * prints for it.
     */
    @JsonTypeName("error")
    record ErrorReport(String code, String message, String field, Integer line, Integer column, Integer endLine,
            Integer endColumn, Long run, String traceback) implements ServerMessage {
        public Long runId() {
            return run;
        }

        static ErrorReport of(String code, String message) {
            return new ErrorReport(code, message, null, null, null, null, null, null, null);
        }
    }
}
