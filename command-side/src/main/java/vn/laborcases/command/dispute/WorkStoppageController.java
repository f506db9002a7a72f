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
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.RecordWorkStoppageEndedCommand;
import vn.laborcases.api.dispute.ReportWorkStoppageCommand;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.command.dispute.DisputeRequests.EndWorkStoppage;
import vn.laborcases.command.dispute.DisputeRequests.ReportWorkStoppage;
import vn.laborcases.command.web.CaseCommandGateway;
import vn.laborcases.command.web.CaseReader;

import java.util.UUID;

/** Work stoppages as they happen, with or without a legal procedure behind them. */
@RestController
@RequestMapping(WorkStoppageController.PATH)
@Tag(name = "Work stoppages", description = "Collective stoppages recorded whether or not any procedure was followed")
class WorkStoppageController {

    static final String PATH = "/api/work-stoppages";

    private final CaseCommandGateway gateway;
    private final Repository<WorkStoppage> stoppages;

    WorkStoppageController(CaseCommandGateway gateway, Repository<WorkStoppage> stoppages) {
        this.gateway = gateway;
        this.stoppages = stoppages;
    }

    @PostMapping
    @Operation(summary = "Record a work stoppage", description = "Always recorded; flagged unlawful when outside the strike procedure (Art 204).")
    ResponseEntity<WorkStoppageState> report(@Valid @RequestBody ReportWorkStoppage body) {
        return gateway.open(body, body.province(), new ReportWorkStoppageCommand(WorkStoppageId.create(), body.province(),
                body.employerTaxCode(), body.employerName(), body.workersInvolved(), body.demands(), body.startedOn(),
                body.relatedDisputeId() == null ? null : new DisputeId(body.relatedDisputeId())), PATH);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Where a work stoppage stands now")
    ResponseEntity<WorkStoppageState> get(@PathVariable UUID id) throws Exception {
        return CaseReader.read(stoppages, id, WorkStoppage::state);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "Record that the stoppage ended")
    ResponseEntity<WorkStoppageState> end(@PathVariable UUID id, @Valid @RequestBody EndWorkStoppage body) {
        return gateway.act(body, v -> new RecordWorkStoppageEndedCommand(new WorkStoppageId(id), v, body.endedOn(),
                body.outcome()));
    }
}
