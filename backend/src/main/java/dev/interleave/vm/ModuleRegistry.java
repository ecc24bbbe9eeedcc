package dev.interleave.vm;

import java.util.List;

/** The modules a program can import. Each run gets its own module objects. */
final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final List<NativeModule> MODULES = List.of(
            new SysModule(), new MathModule(), new RandomModule(), new TimeModule(), new ThreadingModule(),
            new ThreadModule(),
            new QueueModule(), new QueueModule.Accelerator(),
            new FuturesModule.Package(), new FuturesModule.Futures(), new FuturesModule.Base(),
            new FuturesModule.Thread(), new FuturesModule.Process(), new AsyncioModule(),
            new OsModule(), new MultiprocessingModule(), new ManagersModule(), new PoolModule(), new SignalModule(),
            new SubprocessModule());

    static NativeModule find(String name) {
        for (NativeModule m : MODULES) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
