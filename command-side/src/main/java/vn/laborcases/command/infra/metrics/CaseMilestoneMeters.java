package vn.laborcases.command.infra.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the case files opened and closed, by case type and province, and the statutory
 * deadlines missed, by province: labor_cases_cases_opened_total, labor_cases_cases_closed_total
 * and labor_cases_deadlines_missed_total. A subscribing processor (so in this JVM, on every
 * instance, for the events it stored); a count is taken only once the command's transaction
 * has committed, so a command that fails counts nothing. Every series exists from the start at
 * zero, so that Prometheus sees the first increase too.
 */
@Component
@ProcessingGroup(CaseMilestoneMeters.PROCESSING_GROUP)
class CaseMilestoneMeters {

    static final String PROCESSING_GROUP = "case-metrics";

    private final EventStore eventStore;
    private final Map<CaseType, Map<Province, Counter>> opened = new EnumMap<>(CaseType.class);
    private final Map<CaseType, Map<Province, Counter>> closed = new EnumMap<>(CaseType.class);
    private final Map<Province, Counter> missed = new EnumMap<>(Province.class);

    CaseMilestoneMeters(EventStore eventStore, MeterRegistry registry) {
        this.eventStore = eventStore;
        for (Province province : Province.values()) {
            missed.put(province, Counter.builder("labor_cases.deadlines.missed")
                    .description("Statutory deadlines whose lapse was recorded (a missed deadline), by the case's province")
                    .tag("province", province.name()).register(registry));
            for (CaseType type : CaseType.values()) {
                opened.computeIfAbsent(type, t -> new EnumMap<>(Province.class)).put(province,
                        caseCounter(registry, "labor_cases.cases.opened", "Case files opened", type, province));
                closed.computeIfAbsent(type, t -> new EnumMap<>(Province.class)).put(province,
                        caseCounter(registry, "labor_cases.cases.closed",
                                "Case files closed (a work stoppage: ended)", type, province));
            }
        }
    }

    private static Counter caseCounter(MeterRegistry registry, String name, String description, CaseType type,
                                       Province province) {
        return Counter.builder(name).description(description)
                .tag("case_type", type.name()).tag("province", province.name()).register(registry);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        CaseMilestone.of(event).ifPresent(milestone -> {
            Province province = milestone.province() != null ? milestone.province()
                    : provinceOfCase(message.getAggregateIdentifier());
            Counter counter = switch (milestone.kind()) {
                case OPENED -> opened.get(milestone.caseType()).get(province);
                case CLOSED -> closed.get(milestone.caseType()).get(province);
                case DEADLINE_MISSED -> missed.get(province);
            };
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> counter.increment());
        });
    }

    /** Only the event that opens a case names its province; later events name the case alone. */
    private Province provinceOfCase(String caseId) {
        DomainEventStream events = eventStore.readEvents(caseId, 0);
        return CaseMilestone.of(events.next().getPayload())
                .filter(first -> first.kind() == CaseMilestone.Kind.OPENED)
                .map(CaseMilestone::province)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not begin with its opening"));
    }
}
