package vn.laborcases.command.inspection;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.arrears.ComplaintReferredEvent;
import vn.laborcases.api.arrears.ReferralScope;
import vn.laborcases.api.arrears.ReferralTarget;
import vn.laborcases.api.inspection.CaseLink;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionScope;
import vn.laborcases.api.inspection.InspectionTrigger;
import vn.laborcases.api.inspection.StartInspectionCommand;

import java.util.List;

/**
 * A wage-arrears complaint referred to inspection opens the linked inspection case (trigger
 * COMPLAINT, the complaint as its source), once the referral has committed. The inspection's
 * id is derived from the complaint, so a redelivered referral finds it open and changes nothing.
 */
@Component
@ProcessingGroup(InspectionOnReferral.PROCESSING_GROUP)
class InspectionOnReferral {

    static final String PROCESSING_GROUP = "inspection-on-referral";

    private final CommandGateway commands;
    private final EventStore events;

    InspectionOnReferral(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    void on(ComplaintReferredEvent referral) {
        if (referral.target() != ReferralTarget.INSPECTION) {
            return;
        }
        var inspection = InspectionId.openedOnReferralOf(referral.complaintId().value());
        // Checked rather than caught: the command joins this handler's transaction, which a
        // duplicate insert would abort together with the processor's token.
        if (events.lastSequenceNumberFor(inspection.toString()).isPresent()) {
            return;
        }
        var source = new CaseLink(CaseType.WAGE_ARREARS, referral.complaintId().value(), referral.caseNumber());
        var enterprise = new Enterprise(referral.enterpriseTaxCode(), referral.enterpriseName(), referral.province(),
                null, null, null);
        var scope = referral.scope().stream().map(InspectionOnReferral::scope).toList();
        commands.sendAndWait(new StartInspectionCommand(inspection, InspectionTrigger.COMPLAINT, source,
                scope.isEmpty() ? List.of(InspectionScope.LABOR_LAW) : scope, enterprise,
                referral.referredOn(), referral.grounds()));
    }

    private static InspectionScope scope(ReferralScope scope) {
        return switch (scope) {
            case LABOR_LAW -> InspectionScope.LABOR_LAW;
            case SOCIAL_INSURANCE -> InspectionScope.SOCIAL_INSURANCE;
            case OSH -> InspectionScope.OSH;
        };
    }
}
