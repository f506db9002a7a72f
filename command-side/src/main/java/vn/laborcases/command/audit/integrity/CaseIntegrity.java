package vn.laborcases.command.audit.integrity;

import java.util.List;

/**
 * The verification of one case's chain. {@code headHash} is the hash of its last stored event:
 * the value to compare with a published anchor.
 */
public record CaseIntegrity(String caseId, String caseNumber, int eventsChecked, boolean intact, String headHash,
                            List<ChainProblem> problems) {

    static CaseIntegrity of(String caseId, String caseNumber, List<ChainedEvent> stream) {
        List<ChainProblem> problems = ChainWalk.verify(stream).stream().map(p -> p.withCaseNumber(caseNumber)).toList();
        return new CaseIntegrity(caseId, caseNumber, stream.size(), problems.isEmpty(),
                EventChain.hex(ChainWalk.head(stream)), problems);
    }
}
