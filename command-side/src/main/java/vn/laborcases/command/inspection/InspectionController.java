package vn.laborcases.command.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.inspection.*;
import vn.laborcases.command.inspection.InspectionRequests.*;
import vn.laborcases.command.web.CaseCommandGateway;
import vn.laborcases.command.web.CaseReader;

import java.util.UUID;

/** The inspector's API for inspections: one resource per inspection, one action per step. */
@RestController
@RequestMapping(InspectionController.PATH)
@Tag(name = "Inspections", description = "Inspections of labor law, social insurance and OSH: phases, findings, fines, remediation")
class InspectionController {

    static final String PATH = "/api/inspections";

    private final CaseCommandGateway gateway;
    private final Repository<InspectionCase> inspections;

    InspectionController(CaseCommandGateway gateway, Repository<InspectionCase> inspections) {
        this.gateway = gateway;
        this.inspections = inspections;
    }

    @PostMapping
    @Operation(summary = "Open an inspection", description = "Planned, or triggered by a complaint, accident, referral, strike or the SI office's list.")
    ResponseEntity<InspectionState> start(@Valid @RequestBody StartInspection body) {
        var e = body.enterprise();
        var source = body.source() == null ? null : new CaseLink(body.source().caseType(), body.source().caseId(),
                CaseNumber.parse(body.source().caseNumber()));
        return gateway.open(body, e.province(), new StartInspectionCommand(InspectionId.create(), body.trigger(), source,
                body.scope(), new Enterprise(e.taxCode(), e.name(), e.province(), e.headcount(), e.ownership(),
                e.sector()), body.openedOn(), body.grounds()), PATH);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where an inspection stands now", description = "Rebuilt from its events; the ETag is its version.")
    ResponseEntity<InspectionState> get(@PathVariable UUID id) throws Exception {
        return CaseReader.read(inspections, id, InspectionCase::state);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record the inspection decision")
    ResponseEntity<InspectionState> decide(@PathVariable UUID id, @Valid @RequestBody IssueDecision body) {
        return gateway.act(body, v -> new IssueInspectionDecisionCommand(new InspectionId(id), v, body.decisionNumber(),
                body.issuedOn(), body.leadInspector()));
    }

    @PostMapping("/{id}/announcement")
    @Operation(summary = "Record the announcement", description = "Starts the duration cap of the rule set.")
    ResponseEntity<InspectionState> announce(@PathVariable UUID id, @Valid @RequestBody Announce body) {
        return gateway.act(body, v -> new AnnounceInspectionCommand(new InspectionId(id), v, body.announcedOn()));
    }

    @PostMapping("/{id}/fieldwork/start")
    @Operation(summary = "Record the start of fieldwork")
    ResponseEntity<InspectionState> startFieldwork(@PathVariable UUID id, @Valid @RequestBody Fieldwork body) {
        return gateway.act(body, v -> new StartFieldworkCommand(new InspectionId(id), v, body.on()));
    }

    @PostMapping("/{id}/fieldwork/end")
    @Operation(summary = "Record the end of fieldwork", description = "Late when after the duration cap.")
    ResponseEntity<InspectionState> endFieldwork(@PathVariable UUID id, @Valid @RequestBody Fieldwork body) {
        return gateway.act(body, v -> new EndFieldworkCommand(new InspectionId(id), v, body.on()));
    }

    @PostMapping("/{id}/extensions")
    @Operation(summary = "Extend the duration cap", description = "Needs a reason; length and number are limited by the rule set.")
    ResponseEntity<InspectionState> extend(@PathVariable UUID id, @Valid @RequestBody Extend body) {
        return gateway.act(body, v -> new ExtendInspectionCommand(new InspectionId(id), v, body.extendedOn(),
                body.workingDays(), body.reason()));
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "Record the results report", description = "The draft conclusion is due within 5 working days (Art 34).")
    ResponseEntity<InspectionState> report(@PathVariable UUID id, @Valid @RequestBody Report body) {
        return gateway.act(body, v -> new SubmitResultsReportCommand(new InspectionId(id), v, body.on(), body.summary()));
    }

    @PostMapping("/{id}/draft-conclusion")
    @Operation(summary = "Record the draft conclusion")
    ResponseEntity<InspectionState> draft(@PathVariable UUID id, @Valid @RequestBody Report body) {
        return gateway.act(body, v -> new RecordDraftConclusionCommand(new InspectionId(id), v, body.on(), body.summary()));
    }

    @PostMapping("/{id}/appraisal")
    @Operation(summary = "Record the appraisal of the draft conclusion")
    ResponseEntity<InspectionState> appraise(@PathVariable UUID id, @Valid @RequestBody Appraisal body) {
        return gateway.act(body, v -> new RecordAppraisalCommand(new InspectionId(id), v, body.appraisedOn(),
                body.appraiser(), body.opinion()));
    }

    @PostMapping("/{id}/conclusion")
    @Operation(summary = "Issue the conclusion", description = "Refused before the results report and the appraisal (Art 34).")
    ResponseEntity<InspectionState> conclude(@PathVariable UUID id, @Valid @RequestBody Conclusion body) {
        return gateway.act(body, v -> new IssueConclusionCommand(new InspectionId(id), v, body.conclusionNumber(),
                body.concludedOn(), body.summary()));
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "Record a finding", description = "Flagged repeat when the enterprise had one of the same category within the rule set's window.")
    ResponseEntity<InspectionState> finding(@PathVariable UUID id, @Valid @RequestBody RecordFinding body) {
        return gateway.act(body, v -> new RecordFindingCommand(new InspectionId(id), v, UUID.randomUUID(),
                body.category(), body.legalBasis(), body.description(), body.workersAffected(), body.amountOwed(),
                body.foundOn()));
    }

    @PostMapping("/{id}/findings/{findingId}/corrections")
    @Operation(summary = "Correct a finding recorded wrongly", description = "Workers affected, amount owed or description; left-out values stay, and the category cannot change (it decides repeats). Nothing is overwritten: the correction points at the record it replaces (optionally named in 'corrects', which must be the latest) and takes its business time. 400 without a reason or when nothing changes.")
    ResponseEntity<InspectionState> correctFinding(@PathVariable UUID id, @PathVariable UUID findingId,
                                                   @Valid @RequestBody CorrectFinding body) {
        return gateway.act(body, v -> new CorrectFindingCommand(new InspectionId(id), v, findingId, body.corrects(),
                body.workersAffected(), body.amountOwed(), body.description(), body.reason()));
    }

    @PostMapping("/{id}/sanctions")
    @Operation(summary = "Impose a fine", description = "Must fall inside its band (Decree 12/2022/ND-CP), doubled for an organisation.")
    ResponseEntity<InspectionState> sanction(@PathVariable UUID id, @Valid @RequestBody ImposeSanction body) {
        return gateway.act(body, v -> new ImposeSanctionCommand(new InspectionId(id), v, UUID.randomUUID(),
                body.findingId(), body.offender(), body.amount(), body.decisionNumber(), body.imposedOn()));
    }

    @PostMapping("/{id}/sanctions/{sanctionId}/amendments")
    @Operation(summary = "Amend or settle a fine", description = "The initial amount stays on record.")
    ResponseEntity<InspectionState> amend(@PathVariable UUID id, @PathVariable UUID sanctionId,
                                          @Valid @RequestBody AmendSanction body) {
        return gateway.act(body, v -> new AmendSanctionCommand(new InspectionId(id), v, sanctionId, body.change(),
                body.newAmount(), body.amendedOn(), body.reason()));
    }

    @PostMapping("/{id}/sanctions/{sanctionId}/payments")
    @Operation(summary = "Record a payment of a fine", description = "Never more than is still due.")
    ResponseEntity<InspectionState> pay(@PathVariable UUID id, @PathVariable UUID sanctionId,
                                        @Valid @RequestBody FinePayment body) {
        return gateway.act(body, v -> new RecordFinePaymentCommand(new InspectionId(id), v, sanctionId, body.amount(),
                body.paidOn()));
    }

    @PostMapping("/{id}/remediations")
    @Operation(summary = "Order a remediation", description = "Its due date is tracked; it becomes overdue when it passes unverified.")
    ResponseEntity<InspectionState> order(@PathVariable UUID id, @Valid @RequestBody OrderRemediation body) {
        return gateway.act(body, v -> new OrderRemediationCommand(new InspectionId(id), v, UUID.randomUUID(),
                body.findingId(), body.action(), body.orderedOn(), body.dueOn()));
    }

    @PostMapping("/{id}/remediations/{remediationId}/verification")
    @Operation(summary = "Record that a remediation was verified", description = "Still recordable after it became overdue; then it is marked late.")
    ResponseEntity<InspectionState> verify(@PathVariable UUID id, @PathVariable UUID remediationId,
                                           @Valid @RequestBody Verification body) {
        return gateway.act(body, v -> new VerifyRemediationCommand(new InspectionId(id), v, remediationId,
                body.verifiedOn(), body.note()));
    }

    @PostMapping("/{id}/remediations/{remediationId}/waiver")
    @Operation(summary = "Waive the verification of a remediation", description = "Needs a reason and an approver.")
    ResponseEntity<InspectionState> waive(@PathVariable UUID id, @PathVariable UUID remediationId,
                                          @Valid @RequestBody Waiver body) {
        return gateway.act(body, v -> new WaiveRemediationCommand(new InspectionId(id), v, remediationId,
                body.waivedOn(), body.reason(), body.approvedBy()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case", description = "Refused while a remediation is neither verified nor waived.")
    ResponseEntity<InspectionState> close(@PathVariable UUID id, @Valid @RequestBody Dated body) {
        return gateway.act(body, v -> new CloseInspectionCommand(new InspectionId(id), v, body.on(), body.reason()));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed case")
    ResponseEntity<InspectionState> reopen(@PathVariable UUID id, @Valid @RequestBody Dated body) {
        return gateway.act(body, v -> new ReopenInspectionCommand(new InspectionId(id), v, body.on(), body.reason()));
    }
}
