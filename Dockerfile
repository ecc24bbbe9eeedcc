# syntax=docker/dockerfile:1

# Node.js 20 and npm come from the official image: the build image's own Ubuntu packages carry
# an older Node than Vite 7 needs, and copying the binaries avoids a third-party apt repository.
FROM node:20-bookworm-slim AS node

# Build: Maven + JDK 21; the frontend module runs npm ci / npm run build through Maven.
FROM maven:3.9-eclipse-temurin-21 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
WORKDIR /src
COPY . .
# Caches live outside any home directory so the build does not depend on which user runs it.
ENV npm_config_cache=/cache/npm
RUN --mount=type=cache,target=/cache/m2 --mount=type=cache,target=/cache/npm \
    mvn -B -Dmaven.repo.local=/cache/m2 -DskipTests package

# Run: a JRE, the jar, curl for the health check, and an unprivileged user.
FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin interleave
WORKDIR /app
COPY --from=build /src/backend/target/interleave.jar /app/interleave.jar
USER interleave
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT}/actuator/health" || exit 1
# Heap at 70% of the container memory leaves room for the deep (256 MB, reserved lazily) run-thread stacks.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-Xss64m", "-jar", "/app/interleave.jar"]
