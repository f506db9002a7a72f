package vn.laborcases.command.dispute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.dispute.RecordWorkStoppageEndedCommand;
import vn.laborcases.api.dispute.ReportWorkStoppageCommand;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.CaseStanding;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.dispute.StrikeLegality;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A collective work stoppage as it happened: most follow no legal procedure and have no
 * dispute case behind them. It is always recorded, and flagged unlawful (Art 204) instead of
 * refused.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class WorkStoppage implements CaseStanding {

    @AggregateIdentifier
    private WorkStoppageId id;
    private CaseNumber caseNumber;
    private Province province;
    private int workersInvolved;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private List<StrikeViolation> violations;

    protected WorkStoppage() {
        // Axon creates the aggregate for its creation command, and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public WorkStoppageState handle(ReportWorkStoppageCommand command, Law law, CaseNumbers caseNumbers) {
        List<StrikeViolation> found = StrikeLegality.spontaneousStoppage();
        apply(new WorkStoppageReportedEvent(command.workStoppageId(),
                caseNumbers.next(CaseType.WORK_STOPPAGE, command.province(), Year.from(command.startedOn())),
                command.province(), command.employerTaxCode(), command.employerName(), command.workersInvolved(),
                List.copyOf(command.demands()), command.startedOn(), command.relatedDisputeId(), found.isEmpty(),
                found, law.on(command.startedOn()).version()));
        return state();
    }

    @CommandHandler
    public WorkStoppageState handle(RecordWorkStoppageEndedCommand command) {
        if (endedOn != null) {
            throw new CaseRuleViolationException(null, "The work stoppage already ended on " + endedOn);
        }
        if (command.endedOn().isBefore(startedOn)) {
            throw new CaseRuleViolationException(null,
                    "A stoppage cannot end (%s) before it started (%s)".formatted(command.endedOn(), startedOn));
        }
        apply(new WorkStoppageEndedEvent(id, command.endedOn(), command.outcome()));
        return state();
    }

    @Override
    public CaseType caseType() {
        return CaseType.WORK_STOPPAGE;
    }

    @Override
    public WorkStoppageState state() {
        return new WorkStoppageState(id.value(), caseNumber.value(), getVersion(), province, workersInvolved,
                startedOn, endedOn, violations.isEmpty(), List.copyOf(violations));
    }

    @EventSourcingHandler
    void on(WorkStoppageReportedEvent event) {
        id = event.workStoppageId();
        caseNumber = event.caseNumber();
        province = event.province();
        workersInvolved = event.workersInvolved();
        startedOn = event.startedOn();
        violations = List.copyOf(event.violations());
    }

    @EventSourcingHandler
    void on(WorkStoppageEndedEvent event) {
        endedOn = event.endedOn();
    }
}
