package vn.laborcases.command.audit.integrity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A whole-store verification as the API shows it. {@code problems} holds the first ones found;
 * {@code problemCount} counts them all.
 *
 * @param status RUNNING, DONE, FAILED, or INTERRUPTED when the instance running it stopped
 */
public record IntegrityCheck(UUID id, String status, long eventsChecked, long eventsTotal, long streamsChecked,
                             long anchorsChecked, Double eventsPerSecond, Long secondsRemaining,
                             OffsetDateTime startedAt, OffsetDateTime finishedAt, boolean intact, long problemCount,
                             List<ChainProblem> problems, String failure) {
}
