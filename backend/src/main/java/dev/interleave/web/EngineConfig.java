package dev.interleave.web;

import dev.interleave.engine.Engine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the engine behind {@link ProgramRunner} for the controllers. */
@Configuration(proxyBeanMethods = false)
public class EngineConfig {

    @Bean
    public Engine engine() {
        return new Engine();
    }

    @Bean
    public ProgramRunner programRunner(Engine engine) {
        return engine::run;
    }
}
