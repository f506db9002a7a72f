package vn.laborcases.command.dispute;

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
import vn.laborcases.api.dispute.*;
import vn.laborcases.command.dispute.DisputeRequests.*;
import vn.laborcases.command.web.CaseCommandGateway;
import vn.laborcases.command.web.CaseReader;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The inspector's API for labor disputes: one resource per case, one action per step. */
@RestController
@RequestMapping(DisputeController.PATH)
@Tag(name = "Labor disputes", description = "Individual and collective disputes, mediation, arbitration, court and strikes")
class DisputeController {

    static final String PATH = "/api/disputes";

    private final CaseCommandGateway gateway;
    private final Repository<DisputeCase> disputes;

    DisputeController(CaseCommandGateway gateway, Repository<DisputeCase> disputes) {
        this.gateway = gateway;
        this.disputes = disputes;
    }

    @PostMapping
    @Operation(summary = "File a dispute", description = "Checks the time bar (Art 190) and whether mediation may be skipped (Art 188(1)), and starts the mediation deadlines.")
    ResponseEntity<DisputeState> file(@Valid @RequestBody FileDispute body) {
        var tolled = body.tolledPeriods() == null ? List.<TolledPeriod>of() : body.tolledPeriods().stream()
                .map(p -> new TolledPeriod(p.from(), p.to(), p.reason(), p.evidence())).toList();
        var override = body.timeBarOverride() == null ? null
                : new TimeBarOverride(body.timeBarOverride().reason(), body.timeBarOverride().evidence());
        return gateway.open(body, body.province(), new FileDisputeCommand(DisputeId.create(), body.kind(), body.province(),
                body.employerTaxCode(), body.employerName(), body.requestedBy(), body.summary(),
                body.workersInvolved(), body.exemption(), Objects.requireNonNullElse(body.forum(), Forum.MEDIATION),
                body.discoveredOn(), body.receivedOn(), tolled, override), PATH);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where a dispute stands now", description = "Rebuilt from its events; the ETag is its version.")
    ResponseEntity<DisputeState> get(@PathVariable UUID id) throws Exception {
        return CaseReader.read(disputes, id, DisputeCase::state);
    }

    @PostMapping("/{id}/mediator")
    @Operation(summary = "Assign a mediator")
    ResponseEntity<DisputeState> assignMediator(@PathVariable UUID id, @Valid @RequestBody AssignMediator body) {
        return gateway.act(body, v -> new AssignMediatorCommand(new DisputeId(id), v, body.mediatorId(), body.assignedOn()));
    }

    @PostMapping("/{id}/mediation/absences")
    @Operation(summary = "Record a party's absence", description = "A second absence of the same validly summoned party fails the mediation.")
    ResponseEntity<DisputeState> recordAbsence(@PathVariable UUID id, @Valid @RequestBody RecordPartyAbsence body) {
        return gateway.act(body, v -> new RecordPartyAbsenceCommand(new DisputeId(id), v, body.party(), body.sessionOn()));
    }

    @PostMapping("/{id}/mediation/settlement")
    @Operation(summary = "Record a settlement")
    ResponseEntity<DisputeState> settle(@PathVariable UUID id, @Valid @RequestBody RecordSettlement body) {
        return gateway.act(body, v -> new RecordMediationSettlementCommand(new DisputeId(id), v, body.settledOn(), body.terms()));
    }

    @PostMapping("/{id}/mediation/failure")
    @Operation(summary = "Record a failed mediation")
    ResponseEntity<DisputeState> fail(@PathVariable UUID id, @Valid @RequestBody RecordFailure body) {
        return gateway.act(body, v -> new RecordMediationFailureCommand(new DisputeId(id), v, body.failedOn(), body.grounds()));
    }

    @PostMapping("/{id}/mediation/records-delivery")
    @Operation(summary = "Record that the mediation records reached both parties")
    ResponseEntity<DisputeState> recordsDelivered(@PathVariable UUID id, @Valid @RequestBody RecordRecordsDelivered body) {
        return gateway.act(body, v -> new RecordMediationRecordsDeliveredCommand(new DisputeId(id), v, body.deliveredOn()));
    }

    @PostMapping("/{id}/arbitration")
    @Operation(summary = "Request arbitration", description = "Needs both parties' consent (Art 189(1)).")
    ResponseEntity<DisputeState> requestArbitration(@PathVariable UUID id, @Valid @RequestBody RequestArbitration body) {
        return gateway.act(body, v -> new RequestArbitrationCommand(new DisputeId(id), v, body.requestedOn(),
                body.workerSideConsents(), body.employerSideConsents()));
    }

    @PostMapping("/{id}/arbitration/panel")
    @Operation(summary = "Record the formation of the arbitration panel")
    ResponseEntity<DisputeState> formPanel(@PathVariable UUID id, @Valid @RequestBody FormPanel body) {
        return gateway.act(body, v -> new FormArbitrationPanelCommand(new DisputeId(id), v, body.formedOn(), body.arbitrators()));
    }

    @PostMapping("/{id}/arbitration/decision")
    @Operation(summary = "Record the arbitration decision")
    ResponseEntity<DisputeState> decide(@PathVariable UUID id, @Valid @RequestBody IssueDecision body) {
        return gateway.act(body, v -> new IssueArbitrationDecisionCommand(new DisputeId(id), v, body.decidedOn(), body.decision()));
    }

    @PostMapping("/{id}/arbitration/compliance")
    @Operation(summary = "Record compliance with the arbitration decision")
    ResponseEntity<DisputeState> compliance(@PathVariable UUID id, @Valid @RequestBody RecordCompliance body) {
        return gateway.act(body, v -> new RecordArbitrationComplianceCommand(new DisputeId(id), v, body.recordedOn(),
                body.complied(), body.note()));
    }

    @PostMapping("/{id}/court")
    @Operation(summary = "Refer the dispute to court")
    ResponseEntity<DisputeState> referToCourt(@PathVariable UUID id, @Valid @RequestBody ReferToCourt body) {
        return gateway.act(body, v -> new ReferToCourtCommand(new DisputeId(id), v, body.referredOn(), body.court()));
    }

    @PostMapping("/{id}/court/judgment")
    @Operation(summary = "Record the court's judgment")
    ResponseEntity<DisputeState> judgment(@PathVariable UUID id, @Valid @RequestBody RecordJudgment body) {
        return gateway.act(body, v -> new RecordCourtJudgmentCommand(new DisputeId(id), v, body.judgedOn(), body.judgment()));
    }

    @PostMapping("/{id}/strike/opinion-collection")
    @Operation(summary = "Record the start of opinion collection on a strike (Art 201)")
    ResponseEntity<DisputeState> opinionCollection(@PathVariable UUID id, @Valid @RequestBody StartOpinionCollection body) {
        return gateway.act(body, v -> new StartStrikeOpinionCollectionCommand(new DisputeId(id), v, body.organiser(),
                body.organiserHasBargainingRights(), body.method(), body.employerNotifiedOn(), body.collectionStartsOn()));
    }

    @PostMapping("/{id}/strike/decision")
    @Operation(summary = "Record the strike decision and its vote (Art 202)")
    ResponseEntity<DisputeState> strikeDecision(@PathVariable UUID id, @Valid @RequestBody RecordStrikeDecision body) {
        return gateway.act(body, v -> new RecordStrikeDecisionCommand(new DisputeId(id), v, body.decidedOn(),
                body.consulted(), body.inFavour()));
    }

    @PostMapping("/{id}/strike/notice")
    @Operation(summary = "Record the strike notice (Art 202: at least 5 working days ahead)")
    ResponseEntity<DisputeState> strikeNotice(@PathVariable UUID id, @Valid @RequestBody RecordStrikeNotice body) {
        return gateway.act(body, v -> new RecordStrikeNoticeCommand(new DisputeId(id), v, body.noticeSentOn(), body.plannedStartOn()));
    }

    @PostMapping("/{id}/strike/start")
    @Operation(summary = "Record that a strike began", description = "Always recorded; flagged unlawful with the articles it breaks (Art 204).")
    ResponseEntity<DisputeState> strikeStarted(@PathVariable UUID id, @Valid @RequestBody RecordStrikeStarted body) {
        return gateway.act(body, v -> new RecordStrikeStartedCommand(new DisputeId(id), v, body.startedOn(),
                body.workersInvolved(), Boolean.TRUE.equals(body.workplaceOnBannedList())));
    }

    @PostMapping("/{id}/strike/end")
    @Operation(summary = "Record that a strike ended")
    ResponseEntity<DisputeState> strikeEnded(@PathVariable UUID id, @Valid @RequestBody RecordStrikeEnded body) {
        return gateway.act(body, v -> new RecordStrikeEndedCommand(new DisputeId(id), v, body.endedOn()));
    }

    @PostMapping("/{id}/strike/postponement")
    @Operation(summary = "Record a postponement or cancellation of a strike (Art 210)")
    ResponseEntity<DisputeState> strikePostponed(@PathVariable UUID id, @Valid @RequestBody RecordStrikePostponement body) {
        return gateway.act(body, v -> new RecordStrikePostponementCommand(new DisputeId(id), v, body.decidedOn(),
                body.postponedUntil(), Boolean.TRUE.equals(body.cancelled()), body.decidedBy()));
    }

    @PostMapping("/{id}/strike/court-ruling")
    @Operation(summary = "Record a court's ruling on whether a strike was lawful")
    ResponseEntity<DisputeState> strikeRuling(@PathVariable UUID id, @Valid @RequestBody RecordStrikeCourtRuling body) {
        return gateway.act(body, v -> new RecordStrikeCourtRulingCommand(new DisputeId(id), v, body.ruledOn(),
                body.lawful(), body.court(), body.ruling()));
    }

    @PostMapping("/{id}/filing-corrections")
    @Operation(summary = "Correct the filing recorded wrongly", description = "Workers involved, summary or employer name; left-out values stay, and the dates cannot change (they drive the time bar). Nothing is overwritten: the correction points at the record it replaces (optionally named in 'corrects', which must be the latest) and takes its business time. 400 without a reason or when nothing changes.")
    ResponseEntity<DisputeState> correctFiling(@PathVariable UUID id, @Valid @RequestBody CorrectFiling body) {
        return gateway.act(body, v -> new CorrectDisputeFilingCommand(new DisputeId(id), v, body.corrects(),
                body.workersInvolved(), body.summary(), body.employerName(), body.reason()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Record that the requester withdrew the dispute")
    ResponseEntity<DisputeState> withdraw(@PathVariable UUID id, @Valid @RequestBody WithReason body) {
        return gateway.act(body, v -> new WithdrawDisputeCommand(new DisputeId(id), v, body.on(), body.reason()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case file")
    ResponseEntity<DisputeState> close(@PathVariable UUID id, @Valid @RequestBody WithReason body) {
        return gateway.act(body, v -> new CloseDisputeCommand(new DisputeId(id), v, body.on(), body.reason()));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed case file where it stood")
    ResponseEntity<DisputeState> reopen(@PathVariable UUID id, @Valid @RequestBody WithReason body) {
        return gateway.act(body, v -> new ReopenDisputeCommand(new DisputeId(id), v, body.on(), body.reason()));
    }
}
