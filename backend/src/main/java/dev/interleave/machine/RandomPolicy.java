package dev.interleave.machine;

import java.util.List;
import java.util.SplittableRandom;

/** The default policy: a uniform choice drawn from a generator seeded by the run's seed. */
final class RandomPolicy implements SchedulePolicy {

    private final SplittableRandom random;

    RandomPolicy(long seed) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    }

    @Override
    public int choose(Kind kind, List<SimThread> options) {
        return random.nextInt(options.size());
    }

    @Override
    public String name() {
        return "random";
    }
}
