package dev.interleave.web.ws;

import dev.interleave.machine.Decision;
import dev.interleave.machine.SchedulePolicy;
import dev.interleave.machine.SimThread;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the policy that makes a streamed run's decisions and puts each choice into the stream,
 * as the machine records it in the trace (the seq of the next event, the first 32 options, the
 * chosen thread), so that the client holds the whole decision list and can replay the run.
 */
final class StreamedPolicy implements SchedulePolicy {

    private final SchedulePolicy inner;
    private final LiveRun run;

    StreamedPolicy(SchedulePolicy inner, LiveRun run) {
        this.inner = inner;
        this.run = run;
    }

    @Override
    public int choose(Kind kind, List<SimThread> options) {
        int index = inner.choose(kind, options);
        int listed = Math.min(options.size(), Decision.LISTED);
        List<Integer> ids = new ArrayList<>(listed);
        for (int i = 0; i < listed; i++) {
            ids.add(options.get(i).id());
        }
        run.decision(new ServerMessage.DecisionEntry(run.nextSeq(), kind.label, ids,
                options.size() > listed ? options.size() : null, options.get(index).id()));
        return index;
    }

    @Override
    public String name() {
        return inner.name();
    }
}
