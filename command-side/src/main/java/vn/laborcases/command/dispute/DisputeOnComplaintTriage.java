package vn.laborcases.command.dispute;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.ComplaintTreatedAsDisputeEvent;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeParty;
import vn.laborcases.api.dispute.FileDisputeCommand;
import vn.laborcases.api.dispute.Forum;

import java.util.List;

/**
 * A wage-arrears complaint whose triage asks for a new dispute files that dispute, under the
 * id the complaint already links to ({@code DisputeId.openedOnTriageOf}). Unpaid wages are a
 * claim on rights already owed, so the dispute is individual for one worker and collective
 * about rights for more; the workers' side asks, and it goes to mediation first (Art 188).
 */
@Component
@ProcessingGroup(DisputeOnComplaintTriage.PROCESSING_GROUP)
class DisputeOnComplaintTriage {

    static final String PROCESSING_GROUP = "dispute-on-complaint-triage";

    private final CommandGateway commands;
    private final EventStore events;

    DisputeOnComplaintTriage(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(ComplaintTreatedAsDisputeEvent triage) {
        if (!triage.newDisputeRequested()
                || events.lastSequenceNumberFor(triage.linkedDispute().toString()).isPresent()) {
            return; // an existing dispute was linked, or this one was filed already
        }
        ComplaintRegisteredEvent complaint = events.readEvents(triage.complaintId().toString()).asStream()
                .map(message -> message.getPayload())
                .filter(ComplaintRegisteredEvent.class::isInstance).map(ComplaintRegisteredEvent.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "Complaint " + triage.complaintId() + " has no registration to file a dispute from"));
        // The complaint does not say when the workers discovered the arrears; its receipt is
        // the latest that date can be, so the dispute is never time-barred by our assumption.
        commands.sendAndWait(new FileDisputeCommand(triage.linkedDispute(),
                complaint.workersAffected() > 1 ? DisputeKind.COLLECTIVE_RIGHTS : DisputeKind.INDIVIDUAL,
                complaint.province(), complaint.enterpriseTaxCode(), complaint.enterpriseName(),
                DisputeParty.WORKER_SIDE,
                complaint.summary() + " (from complaint " + complaint.caseNumber() + ")",
                complaint.workersAffected(), null, Forum.MEDIATION, complaint.receivedOn(), triage.triagedOn(),
                List.of(), null));
    }
}
