# syntax=docker/dockerfile:1
# One image recipe for both apps; APP picks which (command-side or query-side).
# Build context: the repository root (compose.yaml sets it), e.g.
#   docker build -f docker/app.Dockerfile --build-arg APP=query-side -t labor-cases-query-side .
ARG APP=command-side

FROM eclipse-temurin:17-jdk AS build
ARG APP
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY api api
COPY rules rules
COPY event-store event-store
COPY security security
COPY test-support test-support
COPY command-side command-side
COPY query-side query-side
# The Maven repository is a build cache, kept between builds but out of the image. The jar is
# then split into Spring Boot's layers: the dependencies change rarely, so they get image
# layers of their own and a code change rebuilds only the small application layer.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q -DskipTests -pl "$APP" -am package \
 && java -Djarmode=tools -jar "$APP"/target/labor-cases-"$APP"-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
# curl only for the HEALTHCHECK below.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin labor-cases
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001
# The heap follows the container's memory limit; JAVA_OPTS adds to or overrides it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" >/dev/null || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher \"$@\"", "--"]
