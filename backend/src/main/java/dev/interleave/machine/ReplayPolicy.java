package dev.interleave.machine;

import java.util.List;

/** Replays a recorded decision list: each choice names the thread that was chosen. */
public final class ReplayPolicy implements SchedulePolicy {

    private final List<Integer> chosen;
    private int next;

    ReplayPolicy(List<Integer> chosen) {
        this.chosen = List.copyOf(chosen);
    }

    @Override
    public int choose(Kind kind, List<SimThread> options) {
        if (next >= chosen.size()) {
            return 0;
        }
        int id = chosen.get(next++);
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id() == id) {
                return i;
            }
        }
        throw new ReplayDiverged("replay diverged at decision " + (next - 1) + ": thread " + id
                + " is not among the choices for the " + kind.label);
    }

    @Override
    public String name() {
        return "replay";
    }

    /** The recorded list does not fit this run (another program, config or seed). */
    public static final class ReplayDiverged extends RuntimeException {
        ReplayDiverged(String message) {
            super(message);
        }
    }
}
