package vn.laborcases.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon's JDBC event store on PostgreSQL, as both apps use it: the snake_case tables that the
 * command side's Flyway migrations own, the stored form's Jackson mapper, Spring transactions,
 * and a token store whose table each app names ({@code labor-cases.event-store.token-table}).
 * <p>
 * Declared here rather than left to Axon's auto-configuration: on Spring Boot 4 its JDBC and
 * transaction configurations back off, because their conditions name Boot 3's classes. Axon
 * would then run without an event store, and without transactions at all.
 */
@Configuration(proxyBeanMethods = false)
@Import(AxonMetricsConfiguration.class)
public class PostgresEventStoreConfiguration {

    /** PostgreSQL's SQL state for a unique violation: two appends of the same sequence number. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema(@Value("${labor-cases.event-store.token-table:token_entry}") String tokenTable) {
        return TokenSchema.builder()
                .setTokenTable(tokenTable)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return StoredForm.objectMapper();
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Makes a concurrent append a ConcurrencyException (a 409), not a storage failure. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    TransactionHorizon transactionHorizon(DataSource dataSource, EventSchema eventSchema,
                                          ObjectProvider<MeterRegistry> meterRegistry) {
        TransactionHorizon horizon = new TransactionHorizon(dataSource, eventSchema);
        meterRegistry.ifAvailable(registry -> Gauge.builder("labor_cases.event_store.horizon.held_back", horizon,
                        h -> h.heldBack().toMillis() / 1000.0)
                .baseUnit("seconds")
                .description("How long ordered readers of the event store have waited for older transactions to finish")
                .register(registry));
        return horizon;
    }

    /**
     * Gap timeout: every gap a processor's token can hold lies below the transaction horizon,
     * so it is a global index whose transaction rolled back and will never be filled
     * ({@link TransactionHorizon}). Dropping it at once (1 ms, the default; Axon refuses 0) is then safe, and keeps
     * tokens without gaps and the polls without a list of gap indexes. No time-based dropping can
     * lose an event, because no event can commit below the horizon any more.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          TransactionHorizon horizon,
                                          @Value("${labor-cases.event-store.gap-timeout:1ms}") Duration gapTimeout) {
        return horizon.applyTo(JdbcEventStorageEngine.builder())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .build();
    }

    /**
     * Axon's event store, as its auto-configuration builds it, but with the delay between two
     * polls of an idle store made configurable ({@code labor-cases.event-store.fetch-delay}).
     * An app wakes its own processors when it appends; it learns of events that another
     * process appended only by polling. Axon's default of one second was most of the query
     * side's projection lag (see BENCHMARKS.md), so the query side polls more often.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${labor-cases.event-store.fetch-delay:1s}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /**
     * Segment claims carry this instance's {@link ProcessorNode#id() node id}; a claim not
     * extended within {@code labor-cases.event-store.claim-timeout} may be taken by another
     * instance, which is how the survivors pick up the segments of an instance that died.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          ProcessorNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .nodeId(node.id())
                .claimTimeout(node.claimTimeout())
                .build();
    }

    @Bean
    ProcessorNode processorNode(@Value("${labor-cases.event-store.node-id:}") String nodeId,
                                @Value("${labor-cases.event-store.claim-timeout:10s}") Duration claimTimeout,
                                @Value("${labor-cases.event-store.token-table:token_entry}") String tokenTable) {
        return ProcessorNode.of(nodeId, claimTimeout, tokenTable);
    }

    /**
     * A live instance extends its claims well within the claim timeout even when idle, so
     * that a shorter timeout (faster takeover) never lets a peer take a live instance's segments.
     */
    @Bean
    ConfigurerModule claimsExtendedWithinTimeout(ProcessorNode node) {
        long extension = Math.max(100, Math.min(5000, node.claimTimeout().toMillis() / 3));
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.claimExtensionThreshold(extension));
    }

    @Bean
    ProcessorPeers processorPeers(ProcessorNode node, EventProcessingConfiguration processing, TokenStore tokenStore,
                                    DataSource dataSource,
                                    @Value("${labor-cases.event-store.balance-interval:2s}") Duration interval) {
        return new ProcessorPeers(node, processing, tokenStore, dataSource, interval);
    }

    /** Named so that health groups call it {@code eventProcessors}. */
    @Bean
    EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing,
                                                                  ProcessorPeers peers) {
        return new EventProcessorsHealthIndicator(processing, peers::pausedForReplay);
    }
}
