package vn.laborcases.command.arrears;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.Repository;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.arrears.*;
import vn.laborcases.command.arrears.ComplaintRequests.*;
import vn.laborcases.command.web.CaseCommandGateway;
import vn.laborcases.command.web.CaseReader;
import vn.laborcases.command.web.InvalidRequestException;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The inspector's API for wage- and SI-arrears complaints: one resource per complaint, one action per step. */
@RestController
@RequestMapping(ComplaintController.PATH)
@Tag(name = "Wage- and SI-arrears complaints", description = "Triage, the Decree 24/2018 procedure, claim lines, payments and the balance with interest")
class ComplaintController {

    static final String PATH = "/api/wage-complaints";

    private final CaseCommandGateway gateway;
    private final Repository<ComplaintCase> complaints;
    private final Law law;
    private final Clock clock;

    ComplaintController(CaseCommandGateway gateway, Repository<ComplaintCase> complaints, Law law, Clock clock) {
        this.gateway = gateway;
        this.complaints = complaints;
        this.law = law;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register a complaint", description = "Starts the acceptance deadline: 7 working days (Decree 24/2018).")
    ResponseEntity<ComplaintState> register(@Valid @RequestBody RegisterComplaint body) {
        return gateway.open(body, body.province(), new RegisterComplaintCommand(ComplaintId.create(), body.province(),
                body.enterpriseTaxCode(), body.enterpriseName(), body.region(), body.complainant(),
                body.workersAffected(), body.summary(), body.receivedOn(), body.identities()), PATH);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where a complaint stands now", description = "Rebuilt from its events; the ETag is its version.")
    ResponseEntity<ComplaintState> get(@PathVariable UUID id) throws Exception {
        return CaseReader.read(complaints, id, ComplaintCase::state);
    }

    @GetMapping("/{id}/balance")
    @Operation(summary = "The balance as of a date", description = "Per line and in total: owed, paid, outstanding, interest to date and days outstanding. asOf defaults to today in Vietnam; payments after it are not counted.")
    ResponseEntity<ComplaintBalance> balance(@PathVariable UUID id,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
            throws Exception {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(Deadlines.ZONE));
        if (day.getYear() < 2021 || day.getYear() > 2100) {
            throw new InvalidRequestException("asOf must be a date between 2021-01-01 and 2100-12-31; got " + day);
        }
        return CaseReader.read(complaints, id, complaint -> complaint.balance(day, law.ruleSets()));
    }

    @PostMapping("/{id}/triage/complaint")
    @Operation(summary = "Triage: handle it as a complaint (Decree 24/2018)")
    ResponseEntity<ComplaintState> treatAsComplaint(@PathVariable UUID id, @Valid @RequestBody TreatAsComplaint body) {
        return gateway.act(body, v -> new TreatAsComplaintCommand(new ComplaintId(id), v, body.triagedOn()));
    }

    @PostMapping("/{id}/triage/dispute")
    @Operation(summary = "Triage: treat it as a labor dispute", description = "Links an existing dispute case, or records that a new one is asked for.")
    ResponseEntity<ComplaintState> treatAsDispute(@PathVariable UUID id, @Valid @RequestBody TreatAsDispute body) {
        return gateway.act(body, v -> new TreatAsDisputeCommand(new ComplaintId(id), v, body.triagedOn(),
                body.linkedDispute(), Boolean.TRUE.equals(body.newDisputeRequested())));
    }

    @PostMapping("/{id}/triage/referral")
    @Operation(summary = "Triage: refer it to inspection, the SI office or the police", description = "The referral event carries what the receiving body needs to open its own case.")
    ResponseEntity<ComplaintState> refer(@PathVariable UUID id, @Valid @RequestBody Refer body) {
        return gateway.act(body, v -> new ReferComplaintCommand(new ComplaintId(id), v, body.referredOn(),
                body.target(), body.scope(), body.grounds()));
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Accept the complaint", description = "Starts the first-decision deadline: 30 days (45 if complex; 45/60 in remote areas).")
    ResponseEntity<ComplaintState> accept(@PathVariable UUID id, @Valid @RequestBody Accept body) {
        return gateway.act(body, v -> new AcceptComplaintCommand(new ComplaintId(id), v, body.acceptedOn(),
                Boolean.TRUE.equals(body.complex()), Boolean.TRUE.equals(body.remoteArea())));
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Refuse the complaint with reasons")
    ResponseEntity<ComplaintState> refuse(@PathVariable UUID id, @Valid @RequestBody Refuse body) {
        return gateway.act(body, v -> new RefuseComplaintCommand(new ComplaintId(id), v, body.refusedOn(), body.reasons()));
    }

    @PostMapping("/{id}/first-decision")
    @Operation(summary = "Record the first complaint decision", description = "Starts the 30 days for a second complaint.")
    ResponseEntity<ComplaintState> firstDecision(@PathVariable UUID id, @Valid @RequestBody Decision body) {
        return gateway.act(body, v -> new RecordFirstDecisionCommand(new ComplaintId(id), v, body.decidedOn(), body.decision()));
    }

    @PostMapping("/{id}/second-complaint")
    @Operation(summary = "Record a second complaint, filed and accepted", description = "Refused when filed after its period; starts the second-decision deadline (45 days, 60 if complex or remote).")
    ResponseEntity<ComplaintState> secondComplaint(@PathVariable UUID id, @Valid @RequestBody SecondComplaint body) {
        return gateway.act(body, v -> new RecordSecondComplaintCommand(new ComplaintId(id), v, body.filedOn(),
                body.acceptedOn(), Boolean.TRUE.equals(body.complex()), Boolean.TRUE.equals(body.remoteArea())));
    }

    @PostMapping("/{id}/second-decision")
    @Operation(summary = "Record the second complaint decision")
    ResponseEntity<ComplaintState> secondDecision(@PathVariable UUID id, @Valid @RequestBody Decision body) {
        return gateway.act(body, v -> new RecordSecondDecisionCommand(new ComplaintId(id), v, body.decidedOn(), body.decision()));
    }

    @PostMapping("/{id}/claim-lines")
    @Operation(summary = "Add a claim line", description = "A wage line below the regional minimum wage of its months is flagged; SI lines are tracked towards evasion (day 61). claimedOn, optional, is the day the line was claimed when it is entered later (its business time).")
    ResponseEntity<ComplaintState> addLine(@PathVariable UUID id, @Valid @RequestBody AddClaimLine body) {
        return gateway.act(body, v -> new AddClaimLineCommand(new ComplaintId(id), v, body.kind(), body.periodFrom(),
                body.periodTo(), body.principal().longValueExact(), body.dueOn(),
                body.monthlyWagePerWorker() == null ? null : body.monthlyWagePerWorker().longValueExact()));
    }

    @PostMapping("/{id}/claim-lines/{lineNo}/corrections")
    @Operation(summary = "Correct a claim line recorded wrongly", description = "Principal, period or monthly wage per worker; left-out values stay. Nothing is overwritten: the correction points at the record it replaces (optionally named in 'corrects', which must be the latest) and takes its business time. 409 below what was already paid; 400 without a reason or when nothing changes.")
    ResponseEntity<ComplaintState> correctLine(@PathVariable UUID id, @PathVariable int lineNo,
                                               @Valid @RequestBody CorrectClaimLine body) {
        return gateway.act(body, v -> new CorrectClaimLineCommand(new ComplaintId(id), v, lineNo, body.corrects(),
                body.periodFrom(), body.periodTo(), body.principal() == null ? null : body.principal().longValueExact(),
                body.monthlyWagePerWorker() == null ? null : body.monthlyWagePerWorker().longValueExact(),
                body.reason()));
    }

    @PostMapping("/{id}/workers")
    @Operation(summary = "Name more workers of the complaint",
            description = "Each worker's name, CCCD number (12 digits) and phone are sealed under a key of the worker's own;"
                    + " no more workers may be named than are affected.")
    ResponseEntity<ComplaintState> nameWorkers(@PathVariable UUID id, @Valid @RequestBody NameWorkers body) {
        return gateway.act(body, v -> new NameWorkersCommand(new ComplaintId(id), v, body.identities()));
    }

    @PostMapping("/{id}/employer-notice")
    @Operation(summary = "Record that the employer was notified of the claim")
    ResponseEntity<ComplaintState> notifyEmployer(@PathVariable UUID id, @Valid @RequestBody NotifyEmployer body) {
        return gateway.act(body, v -> new NotifyEmployerCommand(new ComplaintId(id), v, body.notifiedOn(), body.channel()));
    }

    @PostMapping("/{id}/determination")
    @Operation(summary = "Determine the amounts owed", description = "The claim lines are final from then on.")
    ResponseEntity<ComplaintState> determine(@PathVariable UUID id, @Valid @RequestBody DetermineAmounts body) {
        return gateway.act(body, v -> new DetermineAmountsCommand(new ComplaintId(id), v, body.determinedOn()));
    }

    @PostMapping("/{id}/deposit-rates")
    @Operation(summary = "Record the payroll bank's 1-month deposit rate (Art 97(4))")
    ResponseEntity<ComplaintState> depositRate(@PathVariable UUID id, @Valid @RequestBody RecordDepositRate body) {
        return gateway.act(body, v -> new RecordDepositRateCommand(new ComplaintId(id), v,
                new DepositRate(body.bank(), body.annualPercent(), body.effectiveFrom())));
    }

    @PostMapping("/{id}/payment-plan")
    @Operation(summary = "Record the payment plan agreed with the employer", description = "The instalments add up to exactly what is still owed.")
    ResponseEntity<ComplaintState> plan(@PathVariable UUID id, @Valid @RequestBody AgreePaymentPlan body) {
        return gateway.act(body, v -> new AgreePaymentPlanCommand(new ComplaintId(id), v, body.agreedOn(),
                body.instalments().stream().map(i -> new Instalment(i.dueOn(), i.amount().longValueExact())).toList()));
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Record a payment", description = "Allocated to contributions first, then the oldest due date; never more than is still owed.")
    ResponseEntity<ComplaintState> pay(@PathVariable UUID id, @Valid @RequestBody RecordPayment body) {
        return gateway.act(body, v -> new RecordPaymentCommand(new ComplaintId(id), v, body.paidOn(), body.amount().longValueExact(),
                body.reference()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case file")
    ResponseEntity<ComplaintState> close(@PathVariable UUID id, @Valid @RequestBody WithReason body) {
        return gateway.act(body, v -> new CloseComplaintCommand(new ComplaintId(id), v, body.on(), body.reason()));
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Reopen a closed case file where it stood")
    ResponseEntity<ComplaintState> reopen(@PathVariable UUID id, @Valid @RequestBody WithReason body) {
        return gateway.act(body, v -> new ReopenComplaintCommand(new ComplaintId(id), v, body.on(), body.reason()));
    }
}
